/**
 * Runs the integration suites in a desktop VS Code with `@vscode/test-electron`,
 * opening the samples folder. Uses VSCODE_EXECUTABLE when set; otherwise
 * test-electron downloads VS Code into .vscode-test/. Build first:
 * `npm run build && node scripts/buildIntegrationTests.mjs` (npm run test:desktop does both).
 */
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [path.join(root, 'samples'), '--disable-extensions'],
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    });
  } catch (error) {
    console.error(`Integration tests failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

void main();
