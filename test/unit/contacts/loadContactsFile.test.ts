import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContactsFile } from '../../../server/src/contacts/index';
import { MAX_CONTACTS_BYTES } from '../../../server/src/contacts/loadContactsFile';

describe('contacts: loadContactsFile', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'invite-load-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives an error naming a missing file instead of throwing', () => {
    const path = join(dir, 'gone.csv');
    assert.deepEqual(loadContactsFile(path), { problems: [], error: `${path}: cannot read (ENOENT: no such file or directory).` });
  });

  it('gives an error for a folder', () => {
    assert.deepEqual(loadContactsFile(dir), { problems: [], error: `${dir}: cannot read (EISDIR: illegal operation on a directory).` });
  });

  it('reads CSV and JSON by extension, with the path as the source', () => {
    const csv = join(dir, 'people.csv');
    writeFileSync(csv, 'First Name,Company\nAnn,Acme\n');
    const json = join(dir, 'people.json');
    writeFileSync(json, '[{"first-name": "Bob"}]');
    assert.equal(loadContactsFile(csv).contacts!.source, csv);
    assert.deepEqual(loadContactsFile(csv).lines, [2]);
    assert.deepEqual(loadContactsFile(json).contacts!.columns.get('first-name'), ['Bob']);
  });

  it('reads UTF-16 with a byte order mark, as spreadsheets save it', () => {
    const path = join(dir, 'people.csv');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('First Name\r\nZoë\r\n', 'utf16le')]));
    assert.deepEqual(loadContactsFile(path).contacts!.columns.get('first-name'), ['Zoë']);
  });
});

describe('contacts: loadContactsFile refuses what would stop a run', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'invite-load-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('does not load a file over the size limit, and says so naming it', () => {
    const path = join(dir, 'contacts.csv');
    writeFileSync(path, `First Name\n${'Ann\n'.repeat(600)}`);
    assert.deepEqual(loadContactsFile(path, 1024), { problems: [], error: `${path}: larger than 1 KB, the limit for a contacts file; not loaded.` });
    assert.equal(MAX_CONTACTS_BYTES, 20 * 1024 * 1024);
  });

  it('does not wait on a FIFO or read a device: only regular files are read', () => {
    const fifo = join(dir, 'contacts.csv');
    execFileSync('mkfifo', [fifo]);
    assert.deepEqual(loadContactsFile(fifo), { problems: [], error: `${fifo}: not a regular file (a device, a pipe or a socket); not loaded.` });
    assert.match(loadContactsFile('/dev/zero').error!, /^\/dev\/zero: not a regular file/);
  });

  it('reports JSON nested thousands of levels deep as one error naming the file and line, without overflowing the stack', () => {
    const path = join(dir, 'contacts.json');
    writeFileSync(path, `[\n${'['.repeat(12000)}${']'.repeat(12000)}\n]`);
    assert.deepEqual(loadContactsFile(path), {
      problems: [],
      error: `${path}:2: nested more than 64 levels deep; not loaded. Expected a list of objects like [{"first-name": "Ada", "company": "Analytical Engines"}].`,
    });
  });

  it('still reads nesting it can report value by value', () => {
    const path = join(dir, 'contacts.json');
    writeFileSync(path, '[{"first-name": "Ann", "tags": [[["a"]]], "note": "[[[[ // not nesting"}]');
    const loaded = loadContactsFile(path);
    assert.deepEqual(loaded.contacts!.columns.get('first-name'), ['Ann']);
    assert.equal(loaded.error, undefined);
  });
});
