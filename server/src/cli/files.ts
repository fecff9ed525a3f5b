/** Which templates a command line names. */
import fs = require('node:fs');
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
// `require` picks tinyglobby's CommonJS build: its ES module build reads
// `import.meta.url`, which is empty in the CommonJS bundle.
import tinyglobby = require('tinyglobby');
import { isInside } from '../pathInside';

const { globSync, isDynamicPattern } = tinyglobby;

/** Templates searched for when no path is given, and inside a directory argument. */
export const TEMPLATE_GLOB = '**/*.invite';

const IGNORE = ['**/node_modules/**'];

/** The files to lint (absolute, sorted, each once) and arguments that matched nothing. */
export interface TemplateFiles {
  readonly files: readonly string[];
  /** One-line messages, one per argument that named no file. */
  readonly unmatched: readonly string[];
  /** One-line messages, one per symbolic link left out because it leads outside the folders searched. */
  readonly skipped: readonly string[];
}

/**
 * Expands command-line arguments relative to `cwd`: a directory means its
 * `**\/*.invite`, a glob is matched (node_modules left out), any other path
 * is taken as it is, so that a missing file is reported when it is read.
 *
 * Only files whose real path (symbolic links resolved) lies inside `cwd`
 * or inside a path named on the command line are listed: a link to
 * anything else is skipped and named in `skipped`, and a link to a folder
 * outside is not searched at all (a link to `/` does not walk the disk).
 * A file reached through several links is listed once.
 */
export function templateFiles(args: readonly string[], cwd: string, isIgnored: (path: string) => boolean = () => false): TemplateFiles {
  const patterns = args.length === 0 ? [TEMPLATE_GLOB] : args;
  const roots = [realPath(cwd), ...patterns.map((arg) => rootOf(arg, cwd))];
  const allowed = (real: string) => roots.some((root) => isInside(root, real));
  const found: string[] = [];
  const unmatched: string[] = [];
  const skippedLinks: string[] = [];
  for (const arg of patterns) {
    const path = resolve(cwd, arg);
    // Found by a folder or a glob, an ignored file is left out quietly; one named on its own is the caller's to judge.
    if (isDirectory(path)) {
      const matched = match(TEMPLATE_GLOB, path, allowed, skippedLinks);
      const kept = matched.filter((file) => !isIgnored(file));
      if (matched.length === 0) unmatched.push(`no .invite files in ${arg}`);
      else if (kept.length === 0) unmatched.push(`every .invite file in ${arg} is ignored`);
      for (const file of kept) found.push(file);
    } else if (!exists(path) && isDynamicPattern(toPattern(arg))) {
      const matched = match(toPattern(arg), cwd, allowed, skippedLinks);
      const kept = matched.filter((file) => !isIgnored(file));
      if (matched.length === 0) unmatched.push(`no files match "${arg}"`);
      else if (kept.length === 0) unmatched.push(`every file matching "${arg}" is ignored`);
      for (const file of kept) found.push(file);
    } else {
      found.push(path);
    }
  }
  // One message per link, by the shortest path that reached it (a link loop reaches it by several).
  const skipped = new Map<string, string>();
  for (const link of [...skippedLinks].sort((a, b) => a.length - b.length || a.localeCompare(b))) {
    if (!skipped.has(linkPath(link))) skipped.set(linkPath(link), `${displayPath(link, cwd)}: a symbolic link to a folder outside the folders being checked; not searched.`);
  }
  // Several paths may reach one file (links inside the folder, a link loop): keep the one without links, else the first.
  const realCwd = roots[0];
  const byReal = new Map<string, string>();
  for (const path of [...new Set(found)].sort()) {
    const real = realPath(path);
    const link = linkPath(path);
    if (!allowed(real)) {
      if (!skipped.has(link)) skipped.set(link, `${displayPath(path, cwd)}: a symbolic link to a file outside the folders being checked; skipped.`);
    } else if (!byReal.has(real) || relative(cwd, path) === relative(realCwd, real)) byReal.set(real, path);
  }
  const files = [...byReal.values()].sort();
  return { files, unmatched, skipped: [...skipped.values()].sort() };
}

/** `path` relative to `cwd` with forward slashes, for messages and SARIF. */
export function displayPath(path: string, cwd: string): string {
  // The common case, a resolved path inside cwd, without path.relative's normalising (a run shows thousands).
  const inside = path.startsWith(cwd) && path.charAt(cwd.length) === sep && !cwd.endsWith(sep) ? path.slice(cwd.length + 1) : relative(cwd, path) || path;
  return sep === '/' ? inside : inside.split(sep).join('/');
}

/**
 * The real folder or file an argument allows: a folder's real path; for a
 * glob, the real path of its fixed leading folders; for a file, the file
 * in its folder's real path (so a file named on the command line is allowed,
 * but not where it links to).
 */
function rootOf(arg: string, cwd: string): string {
  const path = resolve(cwd, arg);
  if (isDirectory(path)) return realPath(path);
  if (!exists(path) && isDynamicPattern(toPattern(arg))) return realPath(resolve(cwd, globBase(toPattern(arg))));
  return linkPath(path);
}

/** The leading segments of `pattern` that hold no glob syntax ('.' when the first does). */
function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/') || (pattern.startsWith('/') ? '/' : '.');
}

/**
 * The files matching `pattern` under `cwd`. A symbolic link is followed only
 * when its real path is `allowed`; the others are added to `skippedLinks`.
 */
function match(pattern: string, cwd: string, allowed: (real: string) => boolean, skippedLinks: string[]): string[] {
  // The crawler resolves every symbolic link it meets with realpathSync and skips an entry whose resolution fails.
  // A link to a folder outside is not entered; a link to a file outside is listed by its own path, and refused with a message after.
  const realpathSync = Object.assign(
    (link: string) => {
      const real = fs.realpathSync(link);
      if (!allowed(real) && isDirectory(real)) {
        skippedLinks.push(resolve(cwd, link));
        throw Object.assign(new Error(`${link} leads outside the folders being checked`), { code: 'ENOENT' });
      }
      return real;
    },
    { native: fs.realpathSync.native },
  ) as typeof fs.realpathSync;
  // Relative results: with absolute paths the crawler would list a linked file by its target, not by the link.
  return globSync(pattern, { cwd, ignore: IGNORE, onlyFiles: true, expandDirectories: false, fs: { realpathSync } }).map((f) => resolve(cwd, f));
}

/** Globs use forward slashes on every platform. */
function toPattern(arg: string): string {
  return sep === '\\' ? arg.split(sep).join('/') : arg;
}

/** `path` in its folder's real path: where the entry itself is, links before it resolved. */
function linkPath(path: string): string {
  return join(realPath(dirname(path)), basename(path));
}

/**
 * `path` with symbolic links resolved; as it is when it does not exist (it
 * is reported when read). The native call is one system call; the
 * JavaScript one stats every folder on the way, for every file of a run.
 */
function realPath(path: string): string {
  try {
    return fs.realpathSync.native(path);
  } catch {
    return path;
  }
}

function isDirectory(path: string): boolean {
  try {
    return fs.statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    fs.statSync(path);
    return true;
  } catch {
    return false;
  }
}
