/** The root of the git repository a run is in, for paths that code scanning reads relative to it. */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The nearest folder at or above `cwd` that holds `.git` (a folder, or a
 * file in a worktree or submodule), else `cwd`. Only looks whether `.git`
 * exists; reads nothing.
 */
export function repositoryRoot(cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    try {
      statSync(join(dir, '.git'));
      return dir;
    } catch {
      // Not here: one folder up.
    }
    if (dirname(dir) === dir) return cwd;
  }
}
