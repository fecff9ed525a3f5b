/** Which templates a command line names. */
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
// `require` picks tinyglobby's CommonJS build: its ES module build reads
// `import.meta.url`, which is empty in the CommonJS bundle.
import tinyglobby = require('tinyglobby');

const { globSync, isDynamicPattern } = tinyglobby;

/** Templates searched for when no path is given, and inside a directory argument. */
export const TEMPLATE_GLOB = '**/*.invite';

const IGNORE = ['**/node_modules/**'];

/** The files to lint (absolute, sorted, each once) and arguments that matched nothing. */
export interface TemplateFiles {
  readonly files: readonly string[];
  /** One-line messages, one per argument that named no file. */
  readonly unmatched: readonly string[];
}

/**
 * Expands command-line arguments relative to `cwd`: a directory means its
 * `**\/*.invite`, a glob is matched (node_modules left out), any other path
 * is taken as it is, so that a missing file is reported when it is read.
 */
export function templateFiles(args: readonly string[], cwd: string): TemplateFiles {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const arg of args.length === 0 ? [TEMPLATE_GLOB] : args) {
    const path = resolve(cwd, arg);
    if (isDirectory(path)) {
      const found = match(TEMPLATE_GLOB, path);
      if (found.length === 0) unmatched.push(`no .invite files in ${arg}`);
      found.forEach((f) => files.add(f));
    } else if (!exists(path) && isDynamicPattern(toPattern(arg))) {
      const found = match(toPattern(arg), cwd);
      if (found.length === 0) unmatched.push(`no files match "${arg}"`);
      found.forEach((f) => files.add(f));
    } else {
      files.add(path);
    }
  }
  return { files: [...files].sort(), unmatched };
}

/** `path` relative to `cwd` with forward slashes, for messages and SARIF. */
export function displayPath(path: string, cwd: string): string {
  // The common case, a resolved path inside cwd, without path.relative's normalising (a run shows thousands).
  const inside = path.startsWith(cwd) && path.charAt(cwd.length) === sep && !cwd.endsWith(sep) ? path.slice(cwd.length + 1) : relative(cwd, path) || path;
  return sep === '/' ? inside : inside.split(sep).join('/');
}

function match(pattern: string, cwd: string): string[] {
  return globSync(pattern, { cwd, ignore: IGNORE, absolute: true, onlyFiles: true, expandDirectories: false }).map((f) => resolve(f));
}

/** Globs use forward slashes on every platform. */
function toPattern(arg: string): string {
  return sep === '\\' ? arg.split(sep).join('/') : arg;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
