import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { createContactsStore } from '../../server/src/contactsStore';
import { createSettingsSource } from '../../server/src/lsp/settingsSource';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { createTemplateChecker } from '../../server/src/templateCheck';

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

  it('a check or a contacts lookup that ends after the document closed keeps neither, for 8,000 documents', () => {
    const open = new Set<string>();
    const store = createContactsStore(() => new Promise(() => undefined));
    const checker = createTemplateChecker(store, () => ({ settings: DEFAULT_SETTINGS, generation: 0 }), () => dir, (uri) => open.has(uri));
    for (let i = 0; i < 8000; i++) {
      const uri = pathToFileURL(path.join(dir, `n${i}.invite`)).href;
      const document = { uri, version: 1, getText: () => 'Hi {{name}}\n' };
      open.add(uri);
      checker.contactsToLoad(document);
      // Closed while its contacts or settings were loading: the client's didClose came first.
      open.delete(uri);
      checker.forget(uri);
      checker.check(document);
    }
    assert.deepEqual(checker.held(), { checks: 0, located: 0 });
  });

  it('an open document keeps its check and location, and forgets them when closed', () => {
    const uri = pathToFileURL(path.join(dir, 'a.invite')).href;
    const open = new Set([uri]);
    const store = createContactsStore(() => new Promise(() => undefined));
    const checker = createTemplateChecker(store, () => ({ settings: DEFAULT_SETTINGS, generation: 0 }), () => dir, (u) => open.has(u));
    const document = { uri, version: 1, getText: () => 'Hi {{name}}\n' };
    const first = checker.check(document);
    assert.equal(checker.check(document), first, 'cached while open');
    assert.deepEqual(checker.held(), { checks: 1, located: 1 });
    open.delete(uri);
    checker.forget(uri);
    assert.deepEqual(checker.held(), { checks: 0, located: 0 });
  });
});
