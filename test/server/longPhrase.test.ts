import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type TestClient } from './lspClient';

describe('language server: a user phrase too long to match is refused, and the checks go on', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'invite-phrase-'));
    client = await startServer({ rootDir: dir, settings: { phrases: { canned: ['word '.repeat(2500)] } } });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes diagnostics for every template and says once which setting was dropped', async () => {
    for (const name of ['a.invite', 'b.invite']) {
      const uri = pathToFileURL(path.join(dir, name)).href;
      client.open(uri, "I'd like to add you to my professional network on LinkedIn.\n");
      assert.ok((await client.diagnostics(uri, () => true, 5000)).some((d) => d.code === 'canned-message'));
    }
    assert.deepEqual(
      client.messages.map((m) => m.message),
      ['invite-lint: invite.phrases.canned.0 is "word word word word word word word wor…; it takes at most 300 characters. Using the default.'],
    );
  });
});
