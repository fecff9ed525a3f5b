import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContactsFile } from '../../../server/src/contacts/index';

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
