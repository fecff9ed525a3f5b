import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type TestClient } from './lspClient';

const FIXTURES = path.join(__dirname, '../fixtures/contacts');

describe('language server: vCard, address-book exports and mapped CSV', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const preview = async (uri: string, text: string) => {
    client.open(uri, text);
    await client.diagnostics(uri);
    return client.request<any>('invite/preview', { uri });
  };

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'invite-formats-'));
    for (const name of ['people.vcf', 'attendees.csv', 'outlook.csv']) copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
    client = await startServer({ rootDir: dir });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fills a note from a vCard file and publishes its broken cards on the file, by line', async () => {
    const result = await preview(uriOf('vcard.invite'), '---\ncontacts: people.vcf\nsample: Rui\n---\nHi {{name}}, how is {{company}}?\n');
    assert.equal(result.text, 'Hi Rui, how is Harbor Coffee?');
    assert.deepEqual(result.contact, { index: 1, name: 'Rui Santos' });
    const list = await client.request<any>('invite/contacts', { uri: uriOf('vcard.invite') });
    assert.deepEqual(list.names, ['Bea Okafor', 'Rui Santos', 'Maja Lindqvist']);
    const fileProblems = await client.diagnostics(uriOf('people.vcf'));
    assert.deepEqual(fileProblems.map((d) => d.range.start.line + 1), [24, 28]);
  });

  it("fills a note from an attendee list through the template's columns mapping", async () => {
    const result = await preview(uriOf('event.invite'), '---\ncontacts: attendees.csv\ncolumns: { full-name: Attendee, where-met: Session, reason: Why }\n---\nHi {{name}}, we met at {{where-met}}. I enjoyed {{reason | your questions}}.\n');
    assert.equal(result.text, 'Hi Lena, we met at the Oslo design meetup. I enjoyed your talk on variable fonts.');
    const fileProblems = await client.diagnostics(uriOf('attendees.csv'));
    assert.deepEqual(fileProblems.map((d) => [d.range.start.line + 1, d.message]), [[4, 'No name (first name, last name or full name); skipped.']]);
  });

  it('reads the same file apart for a template without the mapping (no name column: an estimate, and why)', async () => {
    const uri = uriOf('unmapped.invite');
    client.open(uri, '---\ncontacts: attendees.csv\n---\nHi {{name}}, we met at the meetup. Your talk stuck with me; coffee soon?\n');
    const ds = await client.diagnostics(uri);
    assert.ok(ds.some((d) => d.code === 'contacts-file' && /no header row with a First Name, Name or Full Name column; map yours with `columns:`/.test(String(d.message))), JSON.stringify(ds));
  });

  it("reads Outlook's export with Job Title as the position", async () => {
    const result = await preview(uriOf('outlook.invite'), '---\ncontacts: outlook.csv\n---\nHi {{name}}, a {{position}} at {{company}}!\n');
    assert.equal(result.text, 'Hi Rui, a Head Roaster at Harbor Coffee!');
  });

  it('re-reads a vCard file when it changes on disk', async () => {
    const sub = mkdtempSync(path.join(dir, 'team-'));
    const vcf = path.join(sub, 'contacts.vcf');
    writeFileSync(vcf, 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ivo Petrov\r\nORG:Acme\r\nEND:VCARD\r\n');
    const uri = pathToFileURL(path.join(sub, 'found.invite')).href;
    assert.equal((await preview(uri, 'Hi {{name}} of {{company}}.\n')).text, 'Hi Ivo of Acme.');
    writeFileSync(vcf, 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ivo Petrov\r\nORG:Globex\r\nEND:VCARD\r\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(vcf).href, type: 2 }] });
    const deadline = Date.now() + 10000;
    let text = '';
    while (Date.now() < deadline && text !== 'Hi Ivo of Globex.') {
      text = (await client.request<any>('invite/preview', { uri })).text;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(text, 'Hi Ivo of Globex.');
  });
});
