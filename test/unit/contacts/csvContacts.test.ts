import { strict as assert } from 'node:assert';
import { parseContactsText } from '../../../server/src/contacts/index';
import { column, fixture } from './contactFixtures';

describe('contacts: CSV', () => {
  it("reads LinkedIn's Connections.csv export, Notes preamble and all", () => {
    const loaded = parseContactsText(fixture('Connections.csv'), 'Connections.csv');
    assert.equal(loaded.error, undefined);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.contacts!.sourceFields, [
      'first-name', 'last-name', 'url', 'email-address', 'company', 'position', 'connected-on', 'where-met', 'reason',
    ]);
    assert.equal(loaded.contacts!.size, 4);
    assert.equal(loaded.contacts!.source, 'Connections.csv');
    assert.deepEqual(loaded.lines, [6, 7, 8, 10]);
    assert.deepEqual(column(loaded.contacts, 'full-name'), ['Taa Dixon', 'Zoë Ramírez', 'José Núñez', 'Mei Chen']);
    assert.deepEqual(column(loaded.contacts, 'company'), ['720 Media', 'Brightline Labs, Inc.', 'Mercado Libre', 'Figma']);
    assert.deepEqual(column(loaded.contacts, 'position'), ['Head of Partnerships', 'Principal UX Researcher', 'Product Lead, "Growth"', 'Design Systems Lead']);
    assert.deepEqual(column(loaded.contacts, 'where-met'), ['the Creator Economy Summit', '', 'ProductCon', 'Config']);
    assert.deepEqual(column(loaded.contacts, 'reason'), ['Your panel on podcast ads.', '', 'Your thread on\npricing experiments.', '']);
    assert.deepEqual(column(loaded.contacts, 'email-address'), ['', 'zoe@example.com', '', '']);
    assert.deepEqual(column(loaded.contacts, 'name'), ['Taa', 'Zoë', 'José', 'Mei']);
  });

  it('drops a byte order mark and reads CRLF line breaks, inside quoted values too', () => {
    const text = '\uFEFFFirst Name,Last Name,Where Met\r\nAnn,Lee,"Web\r\nSummit"\r\nBob,Ray,Expo\r\n';
    const loaded = parseContactsText(text, 'people.csv');
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.contacts!.sourceFields, ['first-name', 'last-name', 'where-met']);
    assert.deepEqual(column(loaded.contacts, 'where-met'), ['Web\nSummit', 'Expo']);
    assert.deepEqual(loaded.lines, [2, 4]);
  });

  it('reports bad quoting, wrong value counts and nameless rows by line while the good rows load', () => {
    const loaded = parseContactsText(fixture('bad-rows.csv'), 'bad-rows.csv');
    assert.equal(loaded.error, undefined);
    assert.deepEqual(loaded.problems, [
      { line: 3, message: 'Bad quoting: text after a closing quote (double the quotes inside a quoted value); row skipped.' },
      { line: 5, message: 'No name (first name, last name or full name); skipped.' },
      { line: 6, message: '4 values where the header has 3; row skipped.' },
      { line: 7, message: 'Bad quoting: a quote that is never closed; row skipped.' },
      { line: 9, message: '1 value where the header has 3; row skipped.' },
    ]);
    assert.deepEqual(column(loaded.contacts, 'full-name'), ['Ann Lee', 'Cat Dee', 'Gus Hale']);
    assert.deepEqual(column(loaded.contacts, 'company'), ['Acme, Inc', 'Globex', 'Soylent']);
    assert.deepEqual(loaded.lines, [2, 4, 8]);
  });

  it('counts lines the same way when a bad row makes it read row by row', () => {
    const good = 'Name,Company\r\n\r\n"Ann\r\nLee",Acme\r\nBob,"Initech\r\nLabs"\r\nCat,Globex\r\n';
    const withBadRow = `${good}Dan,"Ho"oli\r\nEve,Umbrella\r\n`;
    assert.deepEqual(parseContactsText(good, 'a.csv').lines, [3, 5, 7]);
    const loaded = parseContactsText(withBadRow, 'a.csv');
    assert.deepEqual(loaded.lines, [3, 5, 7, 9]);
    assert.deepEqual(loaded.problems.map((p) => p.line), [8]);
    assert.deepEqual(column(loaded.contacts, 'company'), ['Acme', 'Initech\nLabs', 'Globex', 'Umbrella']);
  });

  it('finds the header by its name column, in any spelling, and names fields with toFieldName', () => {
    const text = 'Exported by CRM,2024\n\nFULL NAME,Where Met,Reason,Next Step,Company Name\nAda Lovelace,a salon,Engines,Tea?,Analytical\n';
    const loaded = parseContactsText(text, 'crm.csv');
    assert.deepEqual(loaded.contacts!.sourceFields, ['full-name', 'where-met', 'reason', 'next-step', 'company-name']);
    assert.deepEqual(column(loaded.contacts, 'first-name'), ['Ada']);
    assert.deepEqual(column(loaded.contacts, 'next-step'), ['Tea?']);
    assert.deepEqual(loaded.lines, [4]);
  });

  it('reports a header cell with no usable name and a repeated field, and keeps the first', () => {
    const text = 'First Name,###,first_name,Company\nAnn,x,Anna,Acme\n';
    const loaded = parseContactsText(text, 'a.csv');
    assert.deepEqual(loaded.problems, [
      { line: 1, message: 'Column 2 ("###") has no usable field name; column ignored.' },
      { line: 1, message: 'Column "first_name" repeats field first-name (from "First Name"); column ignored.' },
    ]);
    assert.deepEqual(loaded.contacts!.sourceFields, ['first-name', 'company']);
    assert.deepEqual(column(loaded.contacts, 'first-name'), ['Ann']);
  });

  it('gives an error naming the file when no row has a name column', () => {
    const loaded = parseContactsText('Email,Company\na@example.com,Acme\n', 'list.csv');
    assert.equal(loaded.error, 'list.csv: no header row with a First Name, Name or Full Name column; map yours with `columns:` in the template (for example `columns: { full-name: Attendee }`).');
    assert.equal(loaded.contacts, undefined);
    assert.deepEqual(loaded.problems, []);
  });

  it('skips blank and all-empty rows without a word', () => {
    const loaded = parseContactsText('Name,Company\n\n,,\n  \nAnn,Acme\n,\n', 'a.csv');
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.lines, [5]);
  });

  it('keeps a field named like an Object.prototype member as plain data', () => {
    const loaded = parseContactsText('Name,Constructor,__proto__,toString\nAnn,builder,proto,str\n', 'a.csv');
    assert.deepEqual(loaded.contacts!.sourceFields, ['name', 'constructor', 'proto', 'to-string']);
    assert.deepEqual(column(loaded.contacts, 'constructor'), ['builder']);
    assert.equal(({} as Record<string, unknown>).proto, undefined);
  });
});
