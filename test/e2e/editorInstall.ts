import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The repository root: two folders above this file. */
export const repoRoot = resolve(__dirname, '..', '..');

/** Paths of the provisioned editor, as printed by `scripts/editor/provisionEditor.mjs --json`. */
export interface EditorInstall {
  /** Absolute path of the Node 24 binary that runs code-server. */
  node: string;
  nodeVersion: string;
  /** Absolute path of code-server's `out/node/entry.js`. */
  codeServerEntry: string;
  codeServerVersion: string;
  /** Absolute path of the Chromium binary (`INVITE_BROWSER`, default `/usr/bin/chromium`). */
  browser: string;
  /** Absolute path of the `.vscode-test/` cache. */
  cacheDir: string;
}

let cached: EditorInstall | undefined;

/**
 * Returns the provisioned editor, provisioning it first when the cache is cold (a few minutes, once).
 * The result is kept for the life of the process.
 * @throws Error with the provisioning script's own message when a system package is missing or an install fails
 */
export function getEditorInstall(): EditorInstall {
  if (cached) return cached;
  const script = join(repoRoot, 'scripts', 'editor', 'provisionEditor.mjs');
  const result = spawnSync(process.execPath, [script, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`the editor is not provisioned (node ${script} exited with ${result.status}):\n${result.stderr.trim()}`);
  }
  cached = JSON.parse(result.stdout) as EditorInstall;
  return cached;
}
