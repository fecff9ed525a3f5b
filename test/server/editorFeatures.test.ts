import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens, Diagnostic, DocumentLink, InlayHint, SemanticTokens } from 'vscode-languageserver-protocol';
import { DEFAULT_CAPABILITIES, startServer, type TestClient } from './lspClient';

const CSV = ['First Name,Last Name,Company,Where Met', 'Taa,Dixon,720 Media,the Springs social mixer', `Ana,Ruiz,${'Northwind Traders '.repeat(20).trim()},`, ''].join('\n');
const NOTE = 'Hi {{name}}, we met at {{where-met | an event}}. How is {{company}}?\n';
const TEMPLATE = `---\nsample: Taa Dixon\n---\n${NOTE}`;
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

/** The note TEMPLATE gives Taa Dixon, as the preview counts it. */
const TAA_NOTE = 'Hi Taa, we met at the Springs social mixer. How is 720 Media?';

describe('language server: features for every editor', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const opened = async (name: string, text: string) => {
    const uri = uriOf(name);
    client.open(uri, text);
    await client.diagnostics(uri);
    return uri;
  };

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'invite-features-'));
    writeFileSync(path.join(dir, 'contacts.csv'), CSV);
    client = await startServer({ rootDir: dir });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('announces inlay hints, code lens, document links and semantic tokens, and no pull diagnostics to a client that does not pull', () => {
    const caps = client.initializeResult.capabilities;
    assert.deepEqual(caps.inlayHintProvider, { resolveProvider: false });
    assert.deepEqual(caps.codeLensProvider, { resolveProvider: false });
    assert.deepEqual(caps.documentLinkProvider, { resolveProvider: false });
    assert.deepEqual(caps.semanticTokensProvider.legend, { tokenTypes: ['variable', 'string', 'macro'], tokenModifiers: [] });
    assert.equal(caps.diagnosticProvider, undefined);
  });

  it("shows the note's length for the sample contact at its end, and the sample's value at each placeholder", async () => {
    const uri = await opened('hints.invite', TEMPLATE);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
    assert.deepEqual(hints.map((h) => [h.position, h.label]), [
      [{ line: 3, character: 11 }, '= Taa'],
      [{ line: 3, character: 47 }, '= the Springs social mixer'],
      [{ line: 3, character: 67 }, '= 720 Media'],
      [{ line: 3, character: 68 }, `${TAA_NOTE.length}/300 · Taa Dixon`],
    ]);
    assert.equal(hints[3].tooltip, '1 of 2 over the limit');
    // Only the hints inside the range asked for.
    const firstOnly = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 12 } } });
    assert.deepEqual(firstOnly.map((h) => h.label), ['= Taa']);
  });

  it('shows the fallback, or that the value is empty, for a sample contact without a value', async () => {
    const uri = await opened('ana.invite', `---\nsample: Ana\n---\n${NOTE}`);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
    assert.deepEqual(hints.slice(0, 2).map((h) => h.label), ['= Ana', '= an event (fallback)']);
  });

  it('marks the length as an estimate (~) without contacts', async () => {
    // A contacts file that is not there: the note is checked without contacts.
    const uri = await opened('estimate.invite', `---\ncontacts: nobody.csv\n---\n${NOTE}`);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
    assert.equal(hints.length, 1);
    assert.match(String(hints[0].label), /^~\d+\/300$/);
  });

  it('puts a code lens above the note: the preview for the sample contact, and how many go over', async () => {
    const uri = await opened('lens.invite', TEMPLATE);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses, [
      {
        range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } },
        command: { title: 'Preview for Taa Dixon · 1 of 2 over the limit', command: 'invite.openPreview', arguments: [uri] },
      },
    ]);
  });

  it("links the front matter's contacts file, and nothing that lies outside the folder", async () => {
    const uri = await opened('linked.invite', '---\ncontacts: contacts.csv\n---\nHi {{name}}.\n');
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.deepEqual(links.map((l) => [l.range, l.target]), [[{ start: { line: 1, character: 10 }, end: { line: 1, character: 22 } }, uriOf('contacts.csv')]]);
    const outside = await opened('outside.invite', '---\ncontacts: ../../../etc/passwd\n---\nHi {{name}}.\n');
    assert.deepEqual(await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: outside } }), []);
    const found = await opened('found.invite', 'Hi {{name}}.\n');
    assert.deepEqual(await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: found } }), []);
  });

  it('gives semantic tokens for placeholders, their fallbacks and foreign slots', async () => {
    const uri = await opened('tokens.invite', 'Hi {{name}}, we met at {{where-met | an event}}.\nSee [Company] soon.\n');
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    // [line delta, start delta, length, type, modifiers]: {{name}} variable; {{where-met |, " an event", }} around a string; [Company] a macro.
    assert.deepEqual(chunks(tokens.data), [
      [0, 3, 8, 0, 0],
      [0, 20, 14, 0, 0],
      [0, 14, 8, 1, 0],
      [0, 8, 2, 0, 0],
      [1, 4, 9, 2, 0],
    ]);
  });
});

describe('language server: pull diagnostics', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  const pullCapabilities = {
    ...DEFAULT_CAPABILITIES,
    workspace: { ...DEFAULT_CAPABILITIES.workspace, diagnostics: { refreshSupport: true }, inlayHint: { refreshSupport: true }, codeLens: { refreshSupport: true } },
    textDocument: { ...DEFAULT_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  };

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'invite-pull-'));
    writeFileSync(path.join(dir, 'contacts.csv'), CSV);
    client = await startServer({ rootDir: dir, capabilities: pullCapabilities });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers textDocument/diagnostic for a client that pulls, and publishes nothing for its templates', async () => {
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, { identifier: 'invite-lint', interFileDependencies: false, workspaceDiagnostics: false });
    const uri = pathToFileURL(path.join(dir, 'canned.invite')).href;
    client.open(uri, "I'd like to add you to my professional network on LinkedIn.\n");
    const report = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items.map((d) => d.code), ['canned-message', 'missing-name', 'missing-context', 'missing-reason', 'missing-next-step']);
    await assert.rejects(client.diagnostics(uri, () => true, 1500), /no matching diagnostics/);
  });

  it('asks the client to pull again when a contacts file changes', async () => {
    const before = client.refreshes.length;
    const csv = path.join(dir, 'contacts.csv');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(csv).href, type: 2 }] });
    const deadline = Date.now() + 10000;
    while (client.refreshes.length < before + 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(client.refreshes.slice(before).sort(), ['workspace/codeLens/refresh', 'workspace/diagnostic/refresh', 'workspace/inlayHint/refresh']);
  });
});

/** Semantic token data in fives. */
function chunks(data: readonly number[]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < data.length; i += 5) out.push(data.slice(i, i + 5));
  return out;
}
