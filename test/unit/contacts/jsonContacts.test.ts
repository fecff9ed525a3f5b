import { strict as assert } from 'node:assert';
import { parseContactsText } from '../../../server/src/contacts/index';
import { column, fixture } from './contactFixtures';

const EXAMPLE = 'a list of objects like [{"first-name": "Ada", "company": "Analytical Engines"}]';

describe('contacts: JSON', () => {
  it('normalises keys, turns scalars into text and reports each bad element and value by line', () => {
    const loaded = parseContactsText(fixture('bad-elements.json'), 'bad-elements.json');
    assert.equal(loaded.error, undefined);
    assert.deepEqual(loaded.problems, [
      { line: 3, message: 'Not a contact: a string where an object belongs; skipped.' },
      { line: 6, message: '"company" is an object; a contact value is text, a number or true/false. Value ignored.' },
      { line: 7, message: '"tags" is a list; a contact value is text, a number or true/false. Value ignored.' },
      { line: 9, message: 'No name (first name, last name or full name); skipped.' },
      { line: 10, message: 'Key "FIRST NAME" repeats field first-name (from "first_name"); value ignored.' },
      { line: 11, message: 'Invalid JSON: comma expected.' },
    ]);
    assert.deepEqual(loaded.lines, [2, 4, 10, 12]);
    assert.deepEqual(column(loaded.contacts, 'full-name'), ['Ann Lee', 'Cat', 'Dan', 'Fay Wu']);
    assert.deepEqual(column(loaded.contacts, 'age'), ['41', '', '', '']);
    assert.deepEqual(column(loaded.contacts, 'vip'), ['true', '', '', '']);
    assert.equal(loaded.contacts!.columns.has('company'), false);
    assert.deepEqual(loaded.contacts!.sourceFields, ['first-name', 'last-name', 'age', 'vip', 'fax', 'full-name']);
  });

  it('accepts firstName, "First Name" and first-name alike', () => {
    const text = '[{"firstName": "Ann"}, {"First Name": "Bob"}, {"first-name": "Cat"}, {"FIRST_NAME": "Dan"}]';
    assert.deepEqual(column(parseContactsText(text, 'c.json').contacts, 'first-name'), ['Ann', 'Bob', 'Cat', 'Dan']);
  });

  it('says clearly when the file is not an array', () => {
    assert.deepEqual(parseContactsText('{"first-name": "Ann"}', 'c.json'), {
      problems: [],
      error: `c.json: not an array (found an object); expected ${EXAMPLE}.`,
    });
    assert.equal(parseContactsText('"Ann"', 'c.json').error, `c.json: not an array (found a single value); expected ${EXAMPLE}.`);
    assert.equal(parseContactsText(' \n', 'c.json').error, `c.json: the file is empty; expected ${EXAMPLE}.`);
  });

  it('reports broken JSON by line and still loads the elements around it', () => {
    const text = '[\n  {"first-name": "Ann"},\n  {"first-name": "Bob", "company": },\n  {"first-name": "Cat"}\n]\n';
    const loaded = parseContactsText(text, 'c.json');
    assert.deepEqual(loaded.problems, [{ line: 3, message: 'Invalid JSON: value expected.' }]);
    assert.deepEqual(column(loaded.contacts, 'first-name'), ['Ann', 'Cat']);
    assert.deepEqual(loaded.lines, [2, 4]);
  });

  it('skips an element cut short at the end of the file', () => {
    const loaded = parseContactsText('[{"first-name": "Ann"},\n {"first-name": "Bo"', 'c.json');
    assert.deepEqual(loaded.problems, [
      { line: 2, message: 'Invalid JSON: close brace expected.' },
      { line: 2, message: 'Invalid JSON: close bracket expected.' },
    ]);
    assert.deepEqual(column(loaded.contacts, 'first-name'), ['Ann']);
  });

  it('allows comments, trailing commas and a byte order mark', () => {
    const loaded = parseContactsText('\uFEFF[\n  // met at the expo\n  {"first-name": "Ann",},\n]\n', 'c.json');
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.lines, [3]);
  });

  it('never lets __proto__ or constructor keys reach a prototype', () => {
    const text = '[{"first-name": "Ann", "__proto__": {"polluted": "yes"}, "constructor": "builder", "hasOwnProperty": "x"},\n {"__proto__": "proto value", "name": "Bob"}]';
    const loaded = parseContactsText(text, 'c.json');
    assert.deepEqual(loaded.problems, [
      { line: 1, message: '"__proto__" is an object; a contact value is text, a number or true/false. Value ignored.' },
    ]);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    assert.deepEqual(column(loaded.contacts, 'constructor'), ['builder', '']);
    assert.deepEqual(column(loaded.contacts, 'has-own-property'), ['x', '']);
    assert.deepEqual(column(loaded.contacts, 'proto'), ['', 'proto value']);
    assert.deepEqual(column(loaded.contacts, 'full-name'), ['Ann', 'Bob']);
  });

  it('picks the format by extension, else by the first character', () => {
    assert.equal(parseContactsText('[{"name": "Ann"}]', 'people.txt').lines?.length, 1);
    assert.equal(parseContactsText('Name\nAnn\n', 'people.txt').lines?.length, 1);
    assert.equal(parseContactsText('[{"name": "Ann"}]', 'people.CSV').error, 'people.CSV: no header row with a First Name, Name or Full Name column; map yours with `columns:` in the template (for example `columns: { full-name: Attendee }`).');
  });
});
