/**
 * The folder `npm start` opens: a scratch copy of samples/ in .scratch/samples (git-ignored), so what is
 * tried in the editor (quick fixes, Fix All on save, code-server's auto-save) never edits tracked files.
 * Made from samples/ when missing and kept between runs; delete .scratch/ to start again from samples/.
 */
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The scratch copy of `repoRoot`'s samples/, copied there first when it does not exist.
 * @param {string} repoRoot
 * @returns {{ path: string, created: boolean }}
 */
export function scratchSamples(repoRoot) {
  const path = join(repoRoot, '.scratch', 'samples');
  if (existsSync(path)) return { path, created: false };
  mkdirSync(dirname(path), { recursive: true });
  // Links are copied as links, not followed: nothing outside samples/ is read.
  cpSync(join(repoRoot, 'samples'), path, { recursive: true, verbatimSymlinks: true });
  return { path, created: true };
}
