import assert from 'node:assert/strict';
import { helloExtensionDir, helloFailingSuite, helloSuite, helloWorkspace } from './fixtures';
import { runExtensionTests } from './runExtensionTests';

/** The lines mocha's spec reporter printed in the extension host, durations removed. */
function reporterLines(lines: string[]): string[] {
  return lines.filter((line) => /^ {2,}(✔|\d+\)|\d+ (passing|failing))/.test(line)).map((line) => line.replace(/ \(\d+m?s\)$/, ''));
}

describe('extension-host suites inside code-server', () => {
  it('runs a passing suite against the real vscode API and exits with 0', async () => {
    const lines: string[] = [];
    const code = await runExtensionTests({
      extensionDevelopmentPath: helloExtensionDir,
      extensionTestsPath: helloSuite,
      workspace: helloWorkspace,
      onLog: (line) => lines.push(line),
    });
    assert.deepEqual(
      { code, reported: reporterLines(lines) },
      {
        code: 0,
        reported: [
          '    ✔ opens a text document and reads it back',
          '    ✔ sees the workspace folder and reads its file',
          '    ✔ runs the contributed command',
          '  3 passing',
        ],
      },
    );
  });

  it('exits with 1 when a test of the suite fails', async () => {
    const lines: string[] = [];
    const code = await runExtensionTests({
      extensionDevelopmentPath: helloExtensionDir,
      extensionTestsPath: helloFailingSuite,
      workspace: helloWorkspace,
      onLog: (line) => lines.push(line),
    });
    assert.deepEqual(
      { code, reported: reporterLines(lines), assertion: lines.includes('2 !== 3') },
      {
        code: 1,
        reported: ['    1) expects three lines in a two-line document', '  0 passing', '  1 failing', '  1) a suite that must fail'],
        assertion: true,
      },
    );
  });
});
