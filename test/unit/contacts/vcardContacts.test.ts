import { strict as assert } from 'node:assert';
import { parseContactsText } from '../../../server/src/contacts/index';
import { column, fixture } from './contactFixtures';

describe('contacts: vCard', () => {
  it('reads vCard 3.0 and 4.0 cards: names, company, title, note, X- properties', () => {
    const loaded = parseContactsText(fixture('people.vcf'), 'people.vcf');
    assert.equal(loaded.error, undefined);
    assert.deepEqual(column(loaded.contacts, 'full-name'), ['Bea Okafor', 'Rui Santos', 'Maja Lindqvist']);
    assert.deepEqual(column(loaded.contacts, 'name'), ['Bea', 'Rui', 'Maja']);
    assert.deepEqual(column(loaded.contacts, 'last-name'), ['Okafor', 'Santos', 'Lindqvist']);
    assert.deepEqual(column(loaded.contacts, 'company'), ['Lanternfish Studio', 'Harbor Coffee', '']);
    assert.deepEqual(column(loaded.contacts, 'department'), ['Design', '', '']);
    assert.deepEqual(column(loaded.contacts, 'position'), ['Art Director', 'Roaster', '']);
    // A folded line is unfolded and an escaped comma unescaped.
    assert.deepEqual(column(loaded.contacts, 'note'), ['Asked about risograph printing, wants zine tips', '', '']);
    assert.deepEqual(column(loaded.contacts, 'where-met'), ['the Riso print fair', '', '']);
    // The first of a repeated property; grouped Apple labels are left out.
    assert.deepEqual(column(loaded.contacts, 'email'), ['bea@example.com', '', '']);
    assert.deepEqual(column(loaded.contacts, 'phone'), ['', '+1-555-0101', '']);
    assert.equal(loaded.contacts!.columns.has('ablabel'), false);
    assert.deepEqual(loaded.lines, [1, 15, 32]);
  });

  it('reports a broken card and a card with no name on the line where each begins, and loads the rest', () => {
    const loaded = parseContactsText(fixture('people.vcf'), 'people.vcf');
    assert.deepEqual(loaded.problems, [
      { line: 24, message: 'Cannot read this card (invalid line (no token ";" or ":") "FN Broken Line"); card skipped.' },
      { line: 28, message: 'No name (first name, last name or full name); skipped.' },
    ]);
  });

  it('reports a card left open at the end of the file', () => {
    const loaded = parseContactsText('BEGIN:VCARD\nVERSION:3.0\nFN:Ivo Petrov\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Cut Short\n', 'cut.vcf');
    assert.deepEqual(column(loaded.contacts, 'full-name'), ['Ivo Petrov']);
    assert.deepEqual(loaded.problems, [{ line: 5, message: 'This card has no END:VCARD; card skipped.' }]);
  });

  it('says what it expected when a .vcf file has no card', () => {
    assert.deepEqual(parseContactsText('First Name\nAna\n', 'x.vcf'), { problems: [], error: 'x.vcf: no BEGIN:VCARD line; expected vCard 3.0 or 4.0 cards.' });
  });

  it('reads vCard text under another name by its first line', () => {
    const loaded = parseContactsText('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ivo Petrov\r\nEND:VCARD\r\n', 'export.txt');
    assert.deepEqual(column(loaded.contacts, 'full-name'), ['Ivo Petrov']);
  });

  it("fills the template's fields from the properties its `columns:` names", () => {
    const loaded = parseContactsText(fixture('people.vcf'), 'people.vcf', { reason: 'NOTE', 'where-met': 'x-where-met' });
    assert.deepEqual(column(loaded.contacts, 'reason'), ['Asked about risograph printing, wants zine tips', '', '']);
    assert.deepEqual(column(loaded.contacts, 'where-met'), ['the Riso print fair', '', '']);
    assert.equal(loaded.contacts!.columns.has('note'), false);
  });
});
