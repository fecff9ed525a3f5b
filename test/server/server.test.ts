import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { lint } from '../../server/src/core/index';
import { applyTextEdits, startServer, type TestClient } from './lspClient';

const CSV = [
  'First Name,Last Name,Company,Where Met,Reason',
  'Taa,Dixon,720 Media,the Springs social mixer,I liked your take on local media.',
  'Ana,Ruiz,Northwind,,',
  '',
].join('\n');

const CANNED = "I'd like to add you to my professional network on LinkedIn.\n";
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

/** Resolves once `ready` returns true, checking every 20 ms for up to 10 s. */
async function pollFor(ready: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 10_000; !ready(); await new Promise((r) => setTimeout(r, 20))) {
    if (Date.now() > deadline) throw new Error('timed out');
  }
}

describe('language server over stdio', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'invite-server-'));
    writeFileSync(path.join(dir, 'contacts.csv'), CSV);
    client = await startServer({ rootDir: dir });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('announces incremental sync, quick fixes, fix-all, completion and hover', () => {
    const caps = client.initializeResult.capabilities;
    assert.equal(caps.textDocumentSync.change, 2);
    assert.deepEqual(caps.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.invite']);
    assert.deepEqual(caps.completionProvider.triggerCharacters, ['{', '|']);
    assert.equal(caps.hoverProvider, true);
  });

  it('publishes diagnostics on open with rule codes, exact ranges, source and doc links', async () => {
    const uri = uriOf('canned.invite');
    client.open(uri, CANNED);
    const ds = await client.diagnostics(uri);
    assert.deepEqual(codes(ds), ['canned-message', 'missing-name', 'missing-context', 'missing-reason', 'missing-next-step']);
    assert.deepEqual(ds[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 58 } });
    assert.equal(ds[0].severity, 1);
    assert.equal(ds[0].source, 'invite-lint');
    assert.match(ds[0].codeDescription!.href, /docs\/rules\/canned-message\.md$/);
  });

  it('re-checks after an incremental edit', async () => {
    const uri = uriOf('edit.invite');
    client.open(uri, 'Hi Taa, we met at {{where-met | the mixer}}. {{reason | I admire your work.}}\n');
    assert.deepEqual(codes(await client.diagnostics(uri, (p) => p.version === 1)), ['missing-next-step']);
    client.change(uri, 2, [{ range: { start: { line: 0, character: 77 }, end: { line: 0, character: 77 } }, text: ' Try our product!' }]);
    const ds = await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(codes(ds), ['missing-next-step', 'salesy']);
    assert.deepEqual(ds[1].range, { start: { line: 0, character: 82 }, end: { line: 0, character: 93 } });
  });

  it('offers the quick fixes of a diagnostic, preferred first, and they edit the text', async () => {
    const uri = uriOf('fix.invite');
    client.open(uri, CANNED);
    const ds = await client.diagnostics(uri);
    const canned = ds.find((d) => d.code === 'canned-message')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: canned.range,
      context: { diagnostics: [canned], only: ['quickfix'] },
    });
    assert.deepEqual(actions.map((a) => [a.title, !!a.isPreferred]), [
      ['Replace the canned text with context and a reason', true],
      ['Disable canned-message in this file', false],
    ]);
    assert.equal(applyTextEdits(CANNED, actions[0].edit!.changes![uri]), 'Hi {{name}}, we met at {{where-met}}. {{reason}}\n');
    assert.equal(applyTextEdits(CANNED, actions[1].edit!.changes![uri]), `---\ndisable: [canned-message]\n---\n${CANNED}`);
  });

  it('applies every automatic fix with source.fixAll.invite', async () => {
    const uri = uriOf('fixall.invite');
    const text = 'Hi,  I came across your profile.   We met at {{where-met}}.\n';
    client.open(uri, text);
    await client.diagnostics(uri);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.invite'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.invite');
    assert.equal(applyTextEdits(text, actions[0].edit!.changes![uri]), 'Hi {{name}}, we met at {{where-met}}.\n');
  });

  it('completes field names inside {{ with the sample contact\'s value', async () => {
    const uri = uriOf('complete.invite');
    const text = 'Hi {{name}}, we met at {{wh\n';
    client.open(uri, text);
    await client.diagnostics(uri);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 27 } });
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('where-met'), labels.join(','));
    assert.ok(labels.includes('reason'));
    const whereMet = items.find((i) => i.label === 'where-met')!;
    assert.deepEqual((whereMet as any).textEdit, { range: { start: { line: 0, character: 25 }, end: { line: 0, character: 27 } }, newText: 'where-met}}' });
    assert.match((whereMet.documentation as any).value, /Sample \(Taa Dixon\): “the Springs social mixer”/);
    assert.match((whereMet.documentation as any).value, /1 of 2 contacts has no value/);
  });

  it('explains a placeholder and a flagged phrase on hover', async () => {
    const uri = uriOf('hover.invite');
    client.open(uri, 'Hi {{name}}, we met at {{where-met}}. Book a demo? {{reason}}\n');
    await client.diagnostics(uri);
    const onField = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 27 } });
    assert.match((onField.contents as any).value, /\*\*\{\{where-met\}\}\*\*/);
    assert.match((onField.contents as any).value, /Where or how you met/);
    const onPitch = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 41 } });
    assert.match((onPitch.contents as any).value, /\[\*\*salesy\*\*\]\(<file:\/\/[^>]+\/docs\/rules\/salesy\.md>\): Asking for something before/);
    const onMet = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 15 } });
    assert.match((onMet.contents as any).value, /\*\*How this reads\*\*\n\n(- .*\n)*- Says how you know them: “we met” \(you met or talked\)/);
  });

  it('shows how a sentence reads on hover, its words escaped from Markdown', async () => {
    const uri = uriOf('hover-reading.invite');
    client.open(uri, 'Hi Ana, I loved your talk on ![x](https://example.com/t.png) caching.\n');
    await client.diagnostics(uri);
    const onTalk = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 20 } });
    const value = (onTalk.contents as any).value as string;
    assert.match(value, /Says why you want to connect: “loved your talk”/);
    assert.match(value, /Says how you know them: “loved your talk”/);
    assert.doesNotMatch(value, /!\[x\]\(/);
  });

  it('answers invite/preview with the expanded note, segments and every contact\'s length', async () => {
    const uri = uriOf('preview.invite');
    client.open(uri, '---\nsample: Ana\n---\nHi {{name}}, we met at {{where-met | an event}}.\n');
    await client.diagnostics(uri);
    const result = await client.request<any>('invite/preview', { uri });
    assert.equal(result.text, 'Hi Ana, we met at an event.');
    assert.equal(result.length, 27);
    assert.equal(result.limit, 300);
    assert.equal(result.estimated, false);
    assert.deepEqual(result.contact, { index: 1, name: 'Ana Ruiz' });
    assert.deepEqual(result.segments.map((s: any) => s.kind), ['literal', 'value', 'literal', 'fallback', 'literal']);
    assert.deepEqual(result.lengths, [43, 27]);
    assert.deepEqual(
      result.checklist.map((c: any) => [c.item, c.ok, c.evidence]),
      [['name', true, 'Hi {{name}},'], ['context', true, 'we met'], ['reason', false, undefined], ['next-step', false, undefined], ['no-pitch', true, undefined], ['length', true, '27/300']],
    );
    const list = await client.request<any>('invite/contacts', { uri });
    assert.deepEqual(list.names, ['Taa Dixon', 'Ana Ruiz']);
    assert.equal(list.sample, 1);
    assert.equal(list.version, result.contactsVersion);
    await client.request('invite/sampleContact', { uri, index: 0, name: 'Taa Dixon' });
    const taa = await client.request<any>('invite/preview', { uri });
    assert.equal(taa.text, 'Hi Taa, we met at the Springs social mixer.');
    assert.equal((await client.request<any>('invite/contacts', { uri })).sample, 0);
  });

  it('hover and completion show the sample contact chosen with invite/sampleContact', async () => {
    const uri = uriOf('chosen.invite');
    client.open(uri, '---\nsample: Taa\n---\nHi {{name}}, we met at {{where-met}}.\n');
    await client.diagnostics(uri);
    const hoverText = async () => ((await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 27 } })).contents as any).value as string;
    assert.match(await hoverText(), /Sample \(Taa Dixon\): “the Springs social mixer”/);
    await client.request('invite/sampleContact', { uri, index: 1, name: 'Ana Ruiz' });
    assert.match(await hoverText(), /Sample \(Ana Ruiz\): \*no value\*/);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 5 } });
    const name = items.find((i) => i.label === 'name');
    assert.match((name?.documentation as any).value, /Sample \(Ana Ruiz\): “Ana”/);
    assert.equal((await client.request<any>('invite/preview', { uri })).contact.name, 'Ana Ruiz');
  });

  it('reports a contacts file it cannot use as contacts-file, with the severity the template gives it', async () => {
    const body = 'Hi {{name}}, we met at {{where-met}}. {{reason}} Coffee next week?\n';
    const uri = uriOf('no-contacts.invite');
    client.open(uri, `---\ncontacts: nope.csv\n---\n${body}`);
    const [notice] = (await client.diagnostics(uri)).filter((d) => d.code === 'contacts-file');
    assert.equal(notice.severity, 2);
    assert.deepEqual(notice.range, { start: { line: 1, character: 10 }, end: { line: 1, character: 18 } });
    assert.match(notice.message as string, /^contacts: "nope\.csv" not found \(.+\)\. Checked without contacts: lengths are estimates\.$/);
    assert.match(notice.codeDescription!.href, /docs\/rules\/contacts-file\.md$/);
    const ruled = uriOf('no-contacts-info.invite');
    client.open(ruled, `---\ncontacts: nope.csv\nrules: { contacts-file: info }\n---\n${body}`);
    assert.deepEqual((await client.diagnostics(ruled)).filter((d) => d.code === 'contacts-file').map((d) => d.severity), [3]);
    const off = uriOf('no-contacts-off.invite');
    client.open(off, `---\ncontacts: nope.csv\ndisable: [contacts-file]\n---\n${body}`);
    assert.deepEqual((await client.diagnostics(off)).filter((d) => d.code === 'contacts-file'), []);
  });

  it('re-checks open templates when their contacts file changes', async () => {
    const sub = mkdtempSync(path.join(dir, 'team-'));
    const csv = path.join(sub, 'contacts.csv');
    writeFileSync(csv, 'First Name,Last Name,Company\nBo,Chen,Acme\n');
    const uri = pathToFileURL(path.join(sub, 'long.invite')).href;
    client.open(uri, '---\nlimit: 60\n---\nHi {{name}}, we met at the mixer. Tips on {{company}}? Coffee?\n');
    assert.deepEqual(codes(await client.diagnostics(uri)), []);
    writeFileSync(csv, 'First Name,Last Name,Company\nBo,Chen,Acme Interplanetary Logistics and Shipping\n');
    const told = client.checksChanged.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(csv).href, type: 2 }] });
    const ds = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'max-length'));
    // The client is told, so its preview and status bar follow without a keystroke; the preview then has the new contacts.
    await pollFor(() => client.checksChanged.slice(told).includes(uri));
    const after = await client.request<any>('invite/preview', { uri });
    assert.equal(after.length, 87);
    assert.deepEqual(after.problems.filter((p: any) => p.ruleId === 'max-length').map((p: any) => p.message), ['Over the 60-character limit for Bo Chen: 87 characters (27 over).']);
    assert.match(String(ds[0].message), /Over the 60-character limit for Bo Chen: 87 characters/);
    assert.equal(ds[0].relatedInformation?.[0].location.uri, pathToFileURL(csv).href);
    assert.equal(ds[0].relatedInformation?.[0].location.range.start.line, 1);
  });
});

describe('language server settings', function () {
  this.timeout(30000);
  it('falls back to the default for a bad value and says so once, by name', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'invite-settings-'));
    const client = await startServer({ rootDir: dir, settings: { limit: 'short', rules: { 'missing-next-step': 'off' } } });
    try {
      const a = pathToFileURL(path.join(dir, 'a.invite')).href;
      const b = pathToFileURL(path.join(dir, 'b.invite')).href;
      client.open(a, 'Hi Mary, we met at the mixer. I admire your work.\n');
      client.open(b, 'Hi Mary, we met at the mixer. I admire your work.\n');
      assert.deepEqual(codes(await client.diagnostics(a)), []);
      assert.deepEqual(codes(await client.diagnostics(b)), []);
      const warnings = client.messages.filter((m) => m.message.includes('invite.limit'));
      assert.equal(warnings.length, 1);
      assert.match(warnings[0].message, /invite\.limit is "short"; it takes a number/);
      const result = await client.request<any>('invite/preview', { uri: a });
      assert.equal(result.limit, 300);
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('language server problem limit', function () {
  this.timeout(30000);
  it('publishes at most invite.maxProblems diagnostics, the first in the document', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'invite-max-'));
    const client = await startServer({ rootDir: dir, settings: { maxProblems: 2 } });
    try {
      const uri = pathToFileURL(path.join(dir, 'many.invite')).href;
      const text = 'Hi [Name], {Company} and %POSITION% and <first name>.\n';
      client.open(uri, text);
      const ds = await client.diagnostics(uri);
      const all = lint(text).problems;
      assert.ok(all.length > 2);
      // The first two, then the note on the rest (lspManners.test.ts).
      assert.deepEqual(ds.slice(0, 2).map((d) => [d.code, d.range.start.character]), all.slice(0, 2).map((p) => [p.ruleId, p.start]));
      assert.equal(ds.length, 3);
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('language server contacts discovery', function () {
  this.timeout(30000);
  it('finds a contacts file created after the template was opened', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'invite-new-contacts-'));
    const client = await startServer({ rootDir: dir });
    try {
      const uri = pathToFileURL(path.join(dir, 'note.invite')).href;
      client.open(uri, 'Hi {{name}}, we met at {{where-met}}. I admire your work. Coffee?\n');
      assert.deepEqual(codes(await client.diagnostics(uri)), []);
      const csv = path.join(dir, 'contacts.csv');
      writeFileSync(csv, 'First Name,Last Name,Where Met\nAna,Ruiz,\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(csv).href, type: 1 }] });
      const ds = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'missing-value'));
      assert.match(String(ds[0].message), /^Ana Ruiz has no where-met: the note would have a gap here\./);
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
