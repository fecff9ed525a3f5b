import assert from 'node:assert/strict';
import { failingSuite, failingSuiteExtensionDir, fixtureWorkspace } from './fixtures';
import { buildInviteExtension } from './inviteExtension';
import { runExtensionTests } from './runExtensionTests';
import { copySamples } from './samplesWorkspace';

/** The summary and failure lines mocha's spec reporter printed in the extension host, durations removed. */
function reporterLines(lines: string[]): string[] {
  return lines.filter((line) => /^ {2,}(✔|\d+\)|\d+ (passing|failing|pending))/.test(line)).map((line) => line.replace(/ \(\d+m?s\)$/, ''));
}

describe('extension-host suites inside code-server', () => {
  it('passes the integration suites (test/integration/) with Invite Lint in development mode on a copy of samples/', async function () {
    this.timeout(10 * 60_000);
    const { extensionDevelopmentPath, integrationSuite } = buildInviteExtension();
    const workspace = copySamples();
    const lines: string[] = [];
    try {
      const code = await runExtensionTests({
        extensionDevelopmentPath,
        extensionTestsPath: integrationSuite,
        workspace: workspace.dir,
        onLog: (line) => {
          lines.push(line);
          // The suite's reporter output (indented) and errors; not the workbench's start-up chatter.
          if (/^ {2,}\S/.test(line) || line.startsWith('[error]')) console.log(`      │ ${line}`);
        },
      });
      const reported = reporterLines(lines);
      assert.deepEqual(
        { code, failing: reported.filter((line) => /^ {2,}(\d+\)|\d+ (failing|pending))/.test(line)) },
        { code: 0, failing: [] },
      );
      assert.ok(reported.some((line) => /^ {2}[1-9]\d* passing$/.test(line)), `no passing tests reported:\n${reported.join('\n')}`);
    } finally {
      workspace.remove();
    }
  });

  it('exits with 1 when a test of the suite fails', async () => {
    const lines: string[] = [];
    const code = await runExtensionTests({
      extensionDevelopmentPath: failingSuiteExtensionDir,
      extensionTestsPath: failingSuite,
      workspace: fixtureWorkspace,
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
