import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ContactsRequest } from '../../server/src/shared/protocol';
import { startServer, type TestClient } from './lspClient';

const SECRET = 'First Name,Company\nZed,Secret Corp\n';
const NOTE = 'Hi {{name}}, we met at {{where-met}}. {{reason}}\n';

/**
 * The server finds contacts only inside a template's boundary: its workspace
 * folder, or its own folder when it is in none (docs/format.md).
 */
describe('language server: contacts paths never leave the template boundary', function () {
  this.timeout(30000);
  let top: string;
  let client: TestClient | undefined;
  const uriOf = (...parts: string[]) => pathToFileURL(path.join(top, ...parts)).href;

  beforeEach(() => {
    top = mkdtempSync(path.join(tmpdir(), 'invite-boundary-'));
    mkdirSync(path.join(top, 'ws', 'notes'), { recursive: true });
    mkdirSync(path.join(top, 'loose'));
    writeFileSync(path.join(top, 'secret.csv'), SECRET);
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(top, { recursive: true, force: true });
  });

  /** Opens `uri` with `text`; resolves with its diagnostics' messages and the contacts the server uses for it. */
  async function openAndAsk(uri: string, text: string) {
    client!.open(uri, text);
    const messages = (await client!.diagnostics(uri)).map((d) => String(d.message));
    const contacts = await client!.request<ContactsRequest.Result>('invite/contacts', { uri });
    return { messages, contacts };
  }

  it('refuses front matter above the folder of a template that is in no workspace folder', async () => {
    client = await startServer({ rootDir: path.join(top, 'ws') });
    const { messages, contacts } = await openAndAsk(uriOf('loose', 'a.invite'), `---\ncontacts: ../secret.csv\n---\n${NOTE}`);
    assert.deepEqual(contacts.names, []);
    assert.ok(messages.some((m) => m.startsWith(`contacts: "../secret.csv" points outside ${path.join(top, 'loose')}; refused.`)), messages.join('\n'));
  });

  it('refuses it too when the server was started with no folder', async () => {
    client = await startServer({ rootDir: path.join(top, 'ws'), noFolders: true });
    const { messages, contacts } = await openAndAsk(uriOf('ws', 'notes', 'a.invite'), `---\ncontacts: ../../secret.csv\n---\n${NOTE}`);
    assert.deepEqual(contacts.names, []);
    assert.ok(messages.some((m) => m.includes('points outside') && m.includes('refused')), messages.join('\n'));
  });

  it('refuses an invite.contacts setting that climbs out of the workspace folder', async () => {
    client = await startServer({ rootDir: path.join(top, 'ws'), settings: { contacts: '../secret.csv' } });
    const { messages, contacts } = await openAndAsk(uriOf('ws', 'notes', 'a.invite'), NOTE);
    assert.deepEqual(contacts.names, []);
    assert.ok(messages.some((m) => m.startsWith(`contacts setting: "../secret.csv" points outside ${path.join(top, 'ws')}; refused.`)), messages.join('\n'));
  });

  it('refuses a contacts.csv found by the search that links outside the workspace folder', async () => {
    symlinkSync(path.join(top, 'secret.csv'), path.join(top, 'ws', 'contacts.csv'));
    client = await startServer({ rootDir: path.join(top, 'ws') });
    const { messages, contacts } = await openAndAsk(uriOf('ws', 'notes', 'a.invite'), NOTE);
    assert.deepEqual(contacts.names, []);
    assert.ok(messages.some((m) => m.startsWith(`"${path.join(top, 'ws', 'contacts.csv')}" points outside ${path.join(top, 'ws')}; refused.`)), messages.join('\n'));
  });

  it('still uses a setting inside the workspace folder', async () => {
    writeFileSync(path.join(top, 'ws', 'people.csv'), 'First Name\nAnn\n');
    client = await startServer({ rootDir: path.join(top, 'ws'), settings: { contacts: 'people.csv' } });
    const { contacts } = await openAndAsk(uriOf('ws', 'notes', 'a.invite'), NOTE);
    assert.deepEqual(contacts.names, ['Ann']);
  });
});
