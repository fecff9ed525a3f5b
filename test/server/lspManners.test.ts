import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint } from '../../server/src/core/index';
import { DEFAULT_CAPABILITIES, startServer, type StartOptions, type TestClient } from './lspClient';

/** Starts a server in a fresh folder, runs `body`, and always stops and cleans up. */
async function withServer(options: Omit<StartOptions, 'rootDir'>, body: (client: TestClient, uriOf: (name: string) => string) => Promise<void>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'invite-manners-'));
  const client = await startServer({ rootDir: dir, ...options });
  try {
    await body(client, (name) => pathToFileURL(path.join(dir, name)).href);
  } finally {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('language server manners', function () {
  this.timeout(30000);

  it('reports a bad setting with a window/showMessage notification, once, naming the setting and the value', async () => {
    await withServer({ settings: { limit: 'short', rules: { salesy: 'loud' } } }, async (client, uriOf) => {
      client.open(uriOf('a.invite'), 'Hi {{name}}.\n');
      await client.diagnostics(uriOf('a.invite'));
      client.open(uriOf('b.invite'), 'Hi {{name}}.\n');
      await client.diagnostics(uriOf('b.invite'));
      assert.deepEqual(client.prompts, []);
      assert.deepEqual(client.messages, [
        { type: 2, message: 'invite-lint: invite.limit is "short"; it takes a number. Using the default.' },
        { type: 2, message: 'invite-lint: invite.rules.salesy is "loud"; it takes one of off, hint, info, warning, error. Using the default.' },
      ]);
    });
  });

  it('registers for configuration changes only when the client declared dynamic registration for them', async () => {
    const without = { ...DEFAULT_CAPABILITIES, workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: false } } };
    await withServer({ capabilities: without }, async (client, uriOf) => {
      client.open(uriOf('a.invite'), 'Hi {{name}}.\n');
      await client.diagnostics(uriOf('a.invite'));
      assert.deepEqual(client.registrations, []);
    });
    await withServer({}, async (client, uriOf) => {
      client.open(uriOf('a.invite'), 'Hi {{name}}.\n');
      await client.diagnostics(uriOf('a.invite'));
      assert.deepEqual([...client.registrations].sort(), ['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']);
    });
  });

  it('ends a list cut by invite.maxProblems with a note saying how many more there are', async () => {
    await withServer({ settings: { maxProblems: 2 } }, async (client, uriOf) => {
      // Five rules with one problem each: the count is exact.
      const text = "I'd like to add you to my professional network on LinkedIn.\n";
      assert.equal(lint(text).problems.length, 5);
      client.open(uriOf('canned.invite'), text);
      const ds = await client.diagnostics(uriOf('canned.invite'));
      assert.equal(ds.length, 3);
      assert.deepEqual(ds[2], {
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
        severity: 3,
        source: 'invite-lint',
        message: '3 more problems not shown (invite.maxProblems)',
      });
    });
  });

  it('says "at least" when a rule stopped at the limit and may have found more', async () => {
    await withServer({ settings: { maxProblems: 2 } }, async (client, uriOf) => {
      const text = 'Hi [Name], {Company} and %POSITION% and <first name>.\n';
      client.open(uriOf('many.invite'), text);
      const ds = await client.diagnostics(uriOf('many.invite'));
      assert.equal(ds.length, 3);
      assert.match(String(ds[2].message), /^At least \d+ more problems not shown \(invite\.maxProblems\)$/);
    });
  });

  it('adds no note when every problem is shown', async () => {
    await withServer({ settings: { maxProblems: 100 } }, async (client, uriOf) => {
      client.open(uriOf('few.invite'), 'Hi [Name], {Company}.\n');
      const ds = await client.diagnostics(uriOf('few.invite'));
      assert.ok(ds.length > 0 && ds.every((d) => !/not shown/.test(String(d.message))), JSON.stringify(ds));
    });
  });
});
