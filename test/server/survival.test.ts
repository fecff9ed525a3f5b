import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { BAD_INPUTS, catalogueWorkspace, type ExpectedDiagnostic } from '../fixtures/bad/badInputs';
import { startServer, type TestClient } from './lspClient';
import { rpcError } from './rpcError';

/** A note with no problem at all. */
const CLEAN = 'Hi {{name}}, we met at {{where-met}} and I enjoyed your talk on {{reason}}. Would you be open to a coffee next week?\n';

/** What a hover on `{{where-met}}` of CLEAN says. */
const WHERE_MET_HOVER = /^\*\*\{\{where-met\}\}\*\*\n\nWhere or how you met/;

/** `diagnostics` are exactly `expected`: code, 0-based start line and message, in order. */
function assertDiagnostics(diagnostics: readonly Diagnostic[], expected: readonly ExpectedDiagnostic[]): void {
  assert.deepEqual(
    diagnostics.map((d) => [d.code ?? null, d.range.start.line]),
    expected.map(([code, line]) => [code, line]),
    JSON.stringify(diagnostics.map((d) => [d.code, d.range.start.line, d.message])),
  );
  diagnostics.forEach((d, i) => assert.match(String(d.message), new RegExp(expected[i][2])));
}

/** The server is running, logged no failure, and wrote no stack trace. */
function assertHealthy(client: TestClient): void {
  assert.equal(client.exited(), undefined, `the server exited; stderr:\n${client.stderr()}`);
  assert.deepEqual(client.logs.filter((l) => /fail|error|exception/i.test(l.message)).map((l) => l.message), []);
  assert.doesNotMatch(client.stderr(), /^\s+at /m);
}

describe('language server survival', function () {
  this.timeout(120000);
  let workspace: ReturnType<typeof catalogueWorkspace>;
  let client: TestClient;
  const uriOf = (name: string) => pathToFileURL(path.join(workspace.dir, name)).href;

  /** A fresh template is checked and a hover on its placeholder answers as usual. */
  async function assertStillAnswers(name: string): Promise<void> {
    const uri = uriOf(name);
    client.open(uri, CLEAN);
    assert.deepEqual(await client.diagnostics(uri), []);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 27 } });
    assert.match((hover.contents as { value: string }).value, WHERE_MET_HOVER);
    assertHealthy(client);
  }

  before(async () => {
    workspace = catalogueWorkspace();
    client = await startServer({ rootDir: workspace.dir });
  });
  after(async () => {
    await client.stop();
    workspace.cleanup();
  });

  describe('every file of the bad-input catalogue, opened as text', () => {
    for (const input of BAD_INPUTS) {
      const server = input.server;
      if (!server?.diagnostics) continue;
      it(`${input.what} (${input.file})`, async () => {
        const opened = server.open ?? input.file;
        const bytes = readFileSync(path.join(workspace.dir, opened));
        client.open(uriOf(opened), bytes.toString('utf8'));
        const on = uriOf(server.on ?? opened);
        assertDiagnostics(await client.diagnostics(on, undefined, 60000), server.diagnostics!);
        assertHealthy(client);
      });
    }
  });

  it('a setting of the wrong type is reported once by name and the default is used', async () => {
    const input = BAD_INPUTS.find((i) => i.server?.settingsFromFile)!;
    const settings = JSON.parse(readFileSync(path.join(workspace.dir, input.file), 'utf8'));
    const own = await startServer({ rootDir: workspace.dir, settings });
    try {
      const uri = uriOf('over-default-limit.invite');
      own.open(uri, `Hi {{name}}, we met at {{where-met}}. ${'I admire your work. '.repeat(14)}Coffee?\n`);
      const ds = await own.diagnostics(uri);
      assert.deepEqual(ds.map((d) => d.code), ['max-length']);
      assert.match(String(ds[0].message), /over the 300-character limit/);
      assert.equal(own.messages.filter((m) => new RegExp(input.server!.showMessage!).test(m.message)).length, 1);
      assertHealthy(own);
    } finally {
      await own.stop();
    }
  });

  describe('requests about documents it does not have', () => {
    const never = () => uriOf('never-opened.invite');
    const at = { line: 0, character: 0 };

    it('hover, completion and code actions answer empty', async () => {
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: never() }, position: at }), null);
      assert.deepEqual(await client.request('textDocument/completion', { textDocument: { uri: never() }, position: at }), []);
      assert.deepEqual(
        await client.request('textDocument/codeAction', { textDocument: { uri: never() }, range: { start: at, end: at }, context: { diagnostics: [] } }),
        [],
      );
    });

    it('invite/preview and invite/contacts answer empty', async () => {
      assert.equal(await client.request('invite/preview', { uri: never() }), null);
      assert.deepEqual(await client.request('invite/contacts', { uri: never() }), { names: [], sample: -1, version: 0 });
    });

    it('a closed document is forgotten: requests answer empty and its diagnostics are cleared', async () => {
      const uri = uriOf('closed.invite');
      client.open(uri, 'Hi {{name}}, {{nope}}\n');
      assert.ok((await client.diagnostics(uri)).length > 0);
      client.notify('textDocument/didClose', { textDocument: { uri } });
      await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
      assert.equal(await client.request('invite/preview', { uri }), null);
    });

    it('a change to a document that is not open is ignored', async () => {
      const uri = uriOf('not-open.invite');
      client.change(uri, 2, [{ range: { start: at, end: at }, text: 'Hi {{nope}}' }]);
      client.change(uri, 3, [{ text: 'full text' }]);
      assert.equal(await client.request('invite/preview', { uri }), null);
      await assertStillAnswers('after-unknown-change.invite');
    });
  });

  describe('positions and ranges outside the document', () => {
    it('hover, completion and code actions at line 10,000 answer as at the end', async () => {
      const uri = uriOf('short.invite');
      client.open(uri, CLEAN);
      await client.diagnostics(uri);
      const far = { line: 10_000, character: 5 };
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: far }), null);
      assert.deepEqual(await client.request('textDocument/completion', { textDocument: { uri }, position: far }), []);
      const actions = await client.request<unknown[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: far, end: { line: 20_000, character: 0 } },
        context: { diagnostics: [{ range: { start: far, end: far }, message: 'stale', source: 'invite-lint', code: 'salesy', data: { version: 1, fixes: [{ title: 'x', edits: [{ start: 1e9, end: 1e9 + 5, text: 'y' }] }], hasAutoFix: false } }] },
      });
      // The stale fix's offsets are clamped to the end of the document: line 1 (after the final line break), character 0.
      const end = { line: 1, character: 0 };
      assert.deepEqual(
        (actions as { title: string; edit: { changes: Record<string, { range: unknown; newText: string }[]> } }[]).map((a) => [a.title, a.edit.changes[uri][0]]),
        [
          ['x', { range: { start: end, end }, newText: 'y' }],
          ['Disable salesy in this file', { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '---\ndisable: [salesy]\n---\n' }],
        ],
      );
      assertHealthy(client);
    });

    it('a change whose range lies past the end is applied at the end', async () => {
      const uri = uriOf('grow.invite');
      client.open(uri, 'Hi {{name}}, we met at {{where-met}}.\n');
      await client.diagnostics(uri, (p) => p.version === 1);
      const past = { line: 10_000, character: 10_000 };
      client.change(uri, 2, [{ range: { start: past, end: past }, text: 'I enjoyed your talk on {{reason}}. Coffee next week?\n' }]);
      assert.deepEqual(await client.diagnostics(uri, (p) => p.version === 2), []);
      const preview = await client.request<{ segments: { text: string }[] }>('invite/preview', { uri });
      assert.equal(preview.segments.map((s) => s.text).join(''), 'Hi {{name}}, we met at {{where-met}}.\nI enjoyed your talk on {{reason}}. Coffee next week?');
    });

    it('a sample contact chosen with a bad index or name leaves the sample as it was', async () => {
      mkdirSync(path.join(workspace.dir, 'people'));
      writeFileSync(path.join(workspace.dir, 'people/contacts.json'), JSON.stringify([{ 'first-name': 'Ana', 'where-met': 'the mixer' }, { 'first-name': 'Bo' }]));
      const uri = pathToFileURL(path.join(workspace.dir, 'people/preview-index.invite')).href;
      client.open(uri, 'Hi {{name}}, we met at {{where-met | an event}}.\n');
      await client.diagnostics(uri);
      for (const choice of [{ index: -1, name: 'Bo' }, { index: 0.5, name: 'Bo' }, { index: 'x', name: 'Bo' }, { index: 1 }, { index: 1, name: 42 }, { index: 2, name: 'Zed' }, null]) {
        await client.request('invite/sampleContact', { uri, ...choice }).catch(() => undefined);
        const preview = await client.request<{ text: string; contact?: unknown }>('invite/preview', { uri });
        assert.deepEqual([preview.text, preview.contact], ['Hi Ana, we met at the mixer.', { index: 0, name: 'Ana' }], `choice ${JSON.stringify(choice)}`);
      }
      await client.request('invite/sampleContact', { uri, index: 1, name: 'Bo' });
      const bo = await client.request<{ text: string }>('invite/preview', { uri });
      assert.equal(bo.text, 'Hi Bo, we met at an event.');
    });
  });

  describe('malformed traffic', () => {
    it('an unknown request gets MethodNotFound; an unknown notification is ignored', async () => {
      const error = await rpcError(client.request('invite/noSuchThing', {}));
      assert.equal(error.code, ErrorCodes.MethodNotFound);
      client.notify('invite/noSuchNotification', { anything: [1, 2, 3] });
      client.notify('$/noSuchProtocolNotification', null);
      await assertStillAnswers('after-unknown-method.invite');
    });

    it('a request with missing or wrongly typed params fails alone', async () => {
      for (const [method, params] of [
        ['textDocument/hover', {}],
        ['textDocument/hover', { textDocument: { uri: 42 }, position: 'top' }],
        ['textDocument/completion', null],
        ['invite/preview', { uri: { not: 'a string' } }],
        ['textDocument/codeAction', { textDocument: { uri: uriOf('short.invite') }, range: null, context: null }],
      ] as const) {
        await client.request(method, params).catch((error: unknown) => assert.ok(error instanceof ResponseError, `${method}: ${String(error)}`));
      }
      await assertStillAnswers('after-bad-params.invite');
    });

    it('a request cancelled with $/cancelRequest settles, answered or cancelled', async () => {
      const uri = uriOf('cancel.invite');
      client.open(uri, 'Hi,  I came across your profile.   We met at {{where-met}}.\n'.repeat(200));
      await client.diagnostics(uri);
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.invite'] },
      }, source.token);
      source.cancel();
      const outcome = await pending.then(
        (actions) => (Array.isArray(actions) ? 'answered' : 'odd answer'),
        (error: unknown) => (error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled ? 'cancelled' : String(error)),
      );
      assert.ok(outcome === 'answered' || outcome === 'cancelled', outcome);
      await assertStillAnswers('after-cancel.invite');
    });

    it('a document under a URI that is not a file, or a broken file URI, is checked without contacts', async () => {
      for (const uri of ['untitled:Untitled-1', 'file:///%E0%A4%A', 'vscode-vfs://github/x/y.invite', 'file://host/share/a.invite']) {
        client.open(uri, 'Hi {{name}}, we met at {{where-met}}. Book a demo?\n');
        assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), ['salesy']);
      }
      await assertStillAnswers('after-odd-uris.invite');
    });

    it('a document opened twice and a burst of changes leave it at its last version', async () => {
      const uri = uriOf('burst.invite');
      client.open(uri, 'first\n');
      client.open(uri, 'second\n', 1);
      for (let v = 2; v <= 40; v++) client.change(uri, v, [{ text: v === 40 ? CLEAN : `Hi {{nope${v}}}\n` }]);
      assert.deepEqual(await client.diagnostics(uri, (p) => p.version === 40), []);
    });
  });

  it('initialized-fails-without-workspace-folders-capability: a client without workspace folder support gets no failure in the log', () => {
    assert.deepEqual(client.logs.filter((l) => l.message.startsWith("Notification handler 'initialized' failed")), []);
  });

  it('is alive and answers as usual after all of it', async () => {
    await assertStillAnswers('fresh.invite');
  });
});
