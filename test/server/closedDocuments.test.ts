import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { createContactsStore } from '../../server/src/contactsStore';
import { createSettingsSource } from '../../server/src/lsp/settingsSource';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { createDocumentChecks } from '../../server/src/lsp/documentChecks';

/** A connection whose `workspace/configuration` answers only when the test says so. */
function fakeConnection() {
  const asked: { uri: string; answer: (raw: unknown) => void }[] = [];
  const connection = {
    workspace: { getConfiguration: ({ scopeUri }: { scopeUri: string }) => new Promise((resolve) => asked.push({ uri: scopeUri, answer: resolve })) },
    window: { showWarningMessage: () => undefined },
  } as unknown as Connection;
  return { connection, asked };
}

describe('server: a closed document leaves nothing behind, whatever state its check was in', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'invite-closed-'));
    writeFileSync(path.join(dir, 'contacts.csv'), 'First Name\nAnn\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('settings that arrive after their document closed are not kept', async () => {
    const open = new Set(['file:///a.invite']);
    const { connection, asked } = fakeConnection();
    const source = createSettingsSource(connection, (uri) => open.has(uri));
    source.init({ workspace: { configuration: true } });
    const loading = source.load('file:///a.invite');
    open.delete('file:///a.invite');
    source.forget('file:///a.invite');
    asked[0].answer({ limit: 200 });
    await loading;
    // An odd generation means the document's own settings are held.
    assert.equal(source.current('file:///a.invite').generation % 2, 0);
    assert.equal(source.current('file:///a.invite').settings.limit, DEFAULT_SETTINGS.limit);
  });

  it('a check, a contacts lookup or a sample choice of a document that closed while it waited keeps nothing, for 2,000 documents', async () => {
    const open = new Set<string>();
    const store = createContactsStore(async (file) => ({ problems: [], error: `not loaded: ${file}` }));
    const checks = createDocumentChecks(store, async () => ({ settings: DEFAULT_SETTINGS, generation: 0 }), () => dir, (uri) => open.has(uri));
    for (let i = 0; i < 2000; i++) {
      const uri = pathToFileURL(path.join(dir, `n${i}.invite`)).href;
      const document = { uri, version: 1, getText: () => 'Hi {{name}}\n' };
      open.add(uri);
      checks.choose(uri, { name: 'Ann' });
      const checking = checks.check(document);
      // Closed while its contacts or settings were loading: the client's didClose came first.
      open.delete(uri);
      checks.forget(uri);
      await checking;
    }
    assert.deepEqual(checks.held(), { checks: 0, located: 0, samples: 0 });
  });

  it('an open document keeps its check, location and sample, and forgets them when closed', async () => {
    const uri = pathToFileURL(path.join(dir, 'a.invite')).href;
    const open = new Set([uri]);
    const store = createContactsStore(async () => ({ problems: [] }));
    const checks = createDocumentChecks(store, async () => ({ settings: DEFAULT_SETTINGS, generation: 0 }), () => dir, (u) => open.has(u));
    const document = { uri, version: 1, getText: () => 'Hi {{name}}\n' };
    const first = await checks.check(document);
    assert.equal(await checks.check(document), first, 'cached while open');
    checks.choose(uri, { name: 'Ann' });
    assert.deepEqual(checks.held(), { checks: 1, located: 1, samples: 1 });
    open.delete(uri);
    checks.forget(uri);
    assert.deepEqual(checks.held(), { checks: 0, located: 0, samples: 0 });
  });
});
