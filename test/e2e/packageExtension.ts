import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from './editorInstall';

/**
 * Packages the extension folder `extensionDir` into `outFile` (a `.vsix`) with the repository's vsce,
 * without bundling node_modules (the extension must be self-contained, e.g. built by esbuild).
 * @returns `outFile`
 * @throws Error with vsce's output when packaging fails
 */
export function packageExtension(extensionDir: string, outFile: string): string {
  mkdirSync(dirname(outFile), { recursive: true });
  const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const args = [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', outFile];
  const result = spawnSync(process.execPath, args, { cwd: extensionDir, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`vsce could not package ${extensionDir} (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  return outFile;
}
