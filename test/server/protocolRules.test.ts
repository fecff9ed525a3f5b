import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCodes } from 'vscode-languageserver-protocol/node';
import type { Hover } from 'vscode-languageserver-protocol';
import { startServer, type TestClient } from './lspClient';
import { rpcError } from './rpcError';

const NOTE = 'Hi {{name}}, we met at {{where-met}} and I enjoyed your talk on {{reason}}. Would you be open to a coffee next week?\n';

describe('language server: the protocol rules a client can break', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'invite-protocol-'));
    client = await startServer({ rootDir: dir });
  });
  afterEach(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ignores malformed didChange and didOpen notifications with a warning, not a failed handler, and keeps the document in step', async () => {
    client.open(uri('a.invite'), NOTE);
    await client.diagnostics(uri('a.invite'));
    const textDocument = { uri: uri('a.invite'), version: 2 };
    client.notify('textDocument/didChange', { textDocument, contentChanges: [{ text: 5 }] });
    client.notify('textDocument/didChange', { textDocument, contentChanges: [{ range: { start: { line: 'x' }, end: null }, text: 'x' }] });
    client.notify('textDocument/didChange', { textDocument, contentChanges: null });
    client.notify('textDocument/didChange', { textDocument: { uri: uri('a.invite') }, contentChanges: [{ text: 'x' }] });
    client.notify('textDocument/didChange', { textDocument: null, contentChanges: [] });
    client.notify('textDocument/didOpen', { textDocument: { uri: uri('b.invite'), version: 1 } });
    client.change(uri('a.invite'), 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, text: 'Hello' }]);
    await client.diagnostics(uri('a.invite'), (p) => p.version === 3);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri('a.invite') }, position: { line: 0, character: 30 } });
    assert.match((hover.contents as { value: string }).value, /where-met/, 'the valid change after them was applied on the right text');
    assert.deepEqual(client.logs.filter((l) => /fail|error|exception/i.test(l.message)).map((l) => l.message), []);
    assert.equal(client.logs.filter((l) => l.message.startsWith('invite-lint: ignored a malformed textDocument/did')).length, 6);
    assert.equal(client.exited(), undefined);
  });

  it('answers requests after shutdown with InvalidRequest', async () => {
    client.open(uri('a.invite'), NOTE);
    await client.diagnostics(uri('a.invite'));
    await client.request('shutdown', undefined);
    const error = await rpcError(client.request('textDocument/hover', { textDocument: { uri: uri('a.invite') }, position: { line: 0, character: 30 } }));
    assert.equal(error.code, ErrorCodes.InvalidRequest);
    const preview = await rpcError(client.request('invite/preview', { uri: uri('a.invite') }));
    assert.equal(preview.code, ErrorCodes.InvalidRequest);
  });

  it('refuses a second initialize with InvalidRequest and keeps working', async () => {
    const error = await rpcError(client.request('initialize', { processId: null, rootUri: null, capabilities: {} }));
    assert.equal(error.code, ErrorCodes.InvalidRequest);
    client.open(uri('a.invite'), NOTE);
    assert.deepEqual(await client.diagnostics(uri('a.invite')), []);
  });
});
