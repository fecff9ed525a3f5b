/**
 * Which templates a run leaves out, in gitignore syntax (the `ignore`
 * library, as ESLint uses): the `.gitignore` files inside the working folder
 * (unless `--no-gitignore`), the `ignores` of each template's config file
 * (relative to that file's folder), and `--ignore-pattern` and `!pattern`
 * arguments (relative to the working folder). A `!` pattern re-includes.
 * Only files inside the working folder are read: a `.gitignore` above it
 * is not.
 */
import { dirname, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
// See files.ts: tinyglobby's CommonJS build.
import tinyglobby = require('tinyglobby');
import type { LoadedConfig } from '../config/readConfigFile';
import { readRegularFile } from '../readRegularFile';

/** A .gitignore is a few lines; a larger one is not read. */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

/** What decides whether a template is left out. */
export interface IgnoreOptions {
  readonly cwd: string;
  /** Read `.gitignore` files (default true; `--no-gitignore` turns it off). */
  readonly gitignore: boolean;
  /** `--ignore-pattern` values and `!pattern` arguments without their `!`, relative to `cwd`. */
  readonly patterns: readonly string[];
  /** The config file that applies to a template, if any (for its `ignores`). */
  readonly configFor: (templatePath: string) => LoadedConfig | undefined;
}

/** Why `path` (absolute) is left out — `.gitignore`, `--ignore-pattern`, or the config file — or undefined when it is linted. */
export type IgnoreCheck = (path: string) => string | undefined;

/** Builds the check for one run: the .gitignore files are read once, now. */
export function ignoreCheck(options: IgnoreOptions): IgnoreCheck {
  const gitignores = options.gitignore ? readGitignores(options.cwd) : [];
  const command = options.patterns.length > 0 ? ignore().add([...options.patterns]) : undefined;
  const byConfig = new Map<string, Ignore | undefined>();
  return (path) => {
    const rel = toPosix(relative(options.cwd, path));
    const inside = rel !== '' && !rel.startsWith('../') && rel !== '..';
    if (inside && command?.ignores(rel)) return '--ignore-pattern';
    if (inside && gitignored(gitignores, path)) return '.gitignore';
    const config = options.configFor(path);
    if (config?.config.ignores?.length) {
      let ig = byConfig.get(config.path);
      if (!byConfig.has(config.path)) byConfig.set(config.path, (ig = ignore().add(config.config.ignores)));
      const fromConfig = toPosix(relative(dirname(config.path), path));
      if (!fromConfig.startsWith('../') && ig!.ignores(fromConfig)) return `"ignores" in ${toPosix(relative(options.cwd, config.path)) || config.path}`;
    }
    return undefined;
  };
}

/** One .gitignore: its folder and its patterns. */
interface Gitignore {
  readonly dir: string;
  readonly rules: Ignore;
}

/** Every .gitignore under `cwd` (node_modules left out), shallowest first. */
function readGitignores(cwd: string): Gitignore[] {
  const found = tinyglobby.globSync('**/.gitignore', { cwd, dot: true, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true, followSymbolicLinks: false });
  return found
    .map((file) => `${cwd}${sep}${file.split('/').join(sep)}`)
    .sort((a, b) => a.split(sep).length - b.split(sep).length || a.localeCompare(b))
    .flatMap((file) => {
      const read = readRegularFile(file, MAX_GITIGNORE_BYTES);
      return 'bytes' in read ? [{ dir: dirname(file), rules: ignore().add(read.bytes.toString('utf8')) }] : [];
    });
}

/** As git decides: each .gitignore from the top down may ignore the path or, with `!`, take it back. */
function gitignored(gitignores: readonly Gitignore[], path: string): boolean {
  let ignored = false;
  for (const { dir, rules } of gitignores) {
    const rel = toPosix(relative(dir, path));
    if (rel === '' || rel.startsWith('../')) continue;
    const result = rules.test(rel);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
