import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type TestClient } from './lspClient';

const WORDY = 'Hi {{name}}, we met at {{where-met}} and I would like to hear about {{reason}}. Coffee next week?\n';
/** LSP severities: 1 error, 2 warning, 3 information, 4 hint. */
const wordySeverity = (diagnostics: { code?: unknown; severity?: number }[]) => diagnostics.find((d) => d.code === 'wordy-phrase')?.severity;

describe('language server: config file', function () {
  this.timeout(30000);
  let top: string;
  let client: TestClient | undefined;
  const uriOf = (...parts: string[]) => pathToFileURL(path.join(top, ...parts)).href;

  beforeEach(() => {
    top = mkdtempSync(path.join(tmpdir(), 'invite-config-server-'));
    mkdirSync(path.join(top, 'team'), { recursive: true });
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(top, { recursive: true, force: true });
  });

  it('lays the nearest config file over the editor settings, under front matter', async () => {
    writeFileSync(path.join(top, 'team', '.invite-lint.yaml'), 'rules:\n  wordy-phrase: error\n');
    client = await startServer({ rootDir: top, settings: { rules: { 'wordy-phrase': 'warning', whitespace: 'off' } } });
    client.open(uriOf('team', 'a.invite'), WORDY);
    client.open(uriOf('b.invite'), WORDY);
    client.open(uriOf('team', 'c.invite'), `---\nrules: { wordy-phrase: info }\n---\n${WORDY}`);
    assert.equal(wordySeverity(await client.diagnostics(uriOf('team', 'a.invite'))), 1);
    assert.equal(wordySeverity(await client.diagnostics(uriOf('b.invite'))), 2);
    assert.equal(wordySeverity(await client.diagnostics(uriOf('team', 'c.invite'))), 3);
  });

  it('re-checks open templates when a config file changes', async () => {
    const config = path.join(top, '.invite-lint.json');
    writeFileSync(config, '{ "rules": { "wordy-phrase": "error" } }');
    client = await startServer({ rootDir: top });
    client.open(uriOf('a.invite'), WORDY);
    assert.equal(wordySeverity(await client.diagnostics(uriOf('a.invite'))), 1);
    writeFileSync(config, '{ "rules": { "wordy-phrase": "off" } }');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    await client.diagnostics(uriOf('a.invite'), (p) => !p.diagnostics.some((d) => d.code === 'wordy-phrase'));
  });

  it('shows each problem of a config file once, with its file and line', async () => {
    writeFileSync(path.join(top, '.invite-lint.json'), '{\n  "limit": "short"\n}\n');
    client = await startServer({ rootDir: top });
    client.open(uriOf('a.invite'), WORDY);
    client.open(uriOf('team', 'b.invite'), WORDY);
    await client.diagnostics(uriOf('a.invite'));
    await client.diagnostics(uriOf('team', 'b.invite'));
    const shown = client.messages.filter((m) => m.message.includes('.invite-lint.json'));
    assert.deepEqual(shown.map((m) => m.message), [`invite-lint: ${path.join(top, '.invite-lint.json')}:2: limit: expected a number; "limit" ignored.`]);
    assert.equal(client.stderr(), '');
  });
});
