import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { contactValue, createContactSet, findContact } from '../../server/src/core/index';
import { shortCompany } from '../../server/src/core/companyName';
import { greetingName, nameKey, stripTitles } from '../../server/src/core/personName';
import { capitalizeWords, hasSymbols, letterCase, withoutSymbols } from '../../server/src/core/valueText';
import { loadContactsFile } from '../../server/src/contacts/index';

describe('names and companies as a note says them', () => {
  it('greetingName drops emoji, honorifics and credentials and fixes capitals', () => {
    const cases: [string, string][] = [
      ['Priyanka 🌱', 'Priyanka'],
      ['JOHN', 'John'],
      ['john', 'John'],
      ['Dr. Jane', 'Jane'],
      ['Jane, PhD', 'Jane'],
      ["MARY-JANE O'NEILL", "Mary-Jane O'Neill"],
      ['Zoë', 'Zoë'],
      ['Mary Ann', 'Mary Ann'],
      ['McKenzie', 'McKenzie'],
      ['👩🏽‍💻 Amara', 'Amara'],
      ['🚀', ''],
    ];
    for (const [raw, greeted] of cases) assert.equal(greetingName(raw), greeted, raw);
  });

  it('stripTitles splits honorifics off the front and credentials off the end', () => {
    assert.deepEqual(stripTitles('Dr. Jane Smith, PhD, MBA'), { name: 'Jane Smith', honorifics: ['Dr.'], credentials: ['PhD', 'MBA'] });
    assert.deepEqual(stripTitles('Jane Smith MBA'), { name: 'Jane Smith', honorifics: [], credentials: ['MBA'] });
    // "Ms" and "MA" are credentials only after a comma; a name that is only a title is left alone.
    assert.deepEqual(stripTitles('Jane Ma'), { name: 'Jane Ma', honorifics: [], credentials: [] });
    assert.deepEqual(stripTitles('Dr.'), { name: 'Dr.', honorifics: [], credentials: [] });
  });

  it('shortCompany drops legal suffixes and keeps names that only look like them', () => {
    const cases: [string, string][] = [
      ['Acme Corp.', 'Acme'],
      ['Acme, Inc.', 'Acme'],
      ['Northwind Traders, Inc.', 'Northwind Traders'],
      ['Weiss & Partners, LLP', 'Weiss & Partners'],
      ['Foo Pty Ltd', 'Foo'],
      ['Maersk A/S', 'Maersk'],
      ['Acme, Co.', 'Acme'],
      ['Harbor & Co', 'Harbor & Co'],
      ['Harbor & Vine Hospitality Group', 'Harbor & Vine Hospitality Group'],
      ['Inc.', 'Inc.'],
    ];
    for (const [raw, short] of cases) assert.equal(shortCompany(raw), short, raw);
  });

  it('reads capitals and symbols', () => {
    assert.equal(letterCase('JOHN'), 'upper');
    assert.equal(letterCase('J'), 'mixed');
    assert.equal(letterCase('john'), 'lower');
    assert.equal(letterCase('42'), 'none');
    assert.equal(capitalizeWords('VP SALES'), 'Vp Sales');
    assert.ok(hasSymbols('Jane ★ Doe') && hasSymbols('Priyanka 🌱') && !hasSymbols('Zoë Ramírez-Núñez'));
    assert.equal(withoutSymbols('Jane | Growth 🚀'), 'Jane Growth');
  });

  it('nameKey ignores case, accents, emoji and credentials', () => {
    assert.equal(nameKey('Dr. Zoë Ramírez, PhD 🌱'), 'zoe ramirez');
    assert.equal(nameKey('  ZOE   RAMIREZ '), 'zoe ramirez');
  });
});

describe('derived fields', () => {
  const set = createContactSet([
    { 'first-name': 'JOHN', 'last-name': 'SMITH', company: 'Acme, Inc.' },
    { 'first-name': 'Priyanka 🌱', 'last-name': 'Rao', company: 'Globex' },
    { 'full-name': 'Dr. Jane Smith, PhD' },
  ]);

  it('name is the first name cleaned; the raw first name stays', () => {
    assert.deepEqual([0, 1, 2].map((i) => contactValue(set, i, 'name')), ['John', 'Priyanka', 'Jane']);
    assert.deepEqual([0, 1, 2].map((i) => contactValue(set, i, 'first-name')), ['JOHN', 'Priyanka 🌱', 'Jane']);
  });

  it('company-short drops the legal suffix; the raw company stays', () => {
    assert.deepEqual([0, 1, 2].map((i) => contactValue(set, i, 'company-short')), ['Acme', 'Globex', '']);
    assert.equal(contactValue(set, 0, 'company'), 'Acme, Inc.');
  });

  it('a file\'s own company-short column is kept', () => {
    const own = createContactSet([{ 'first-name': 'Ann', company: 'Acme, Inc.', 'company-short': 'ACME' }]);
    assert.equal(contactValue(own, 0, 'company-short'), 'ACME');
  });
});

describe('findContact', () => {
  const contacts = loadContactsFile(join(__dirname, '..', 'fixtures', 'contacts', 'linkedin-names.csv')).contacts!;

  it('matches full or first names ignoring case, accents, emoji and credentials', () => {
    const at = (query: string) => findContact(contacts, query);
    assert.equal(at('Priyanka'), 1);
    assert.equal(at('priyanka sharma'), 1);
    assert.equal(at('zoe ramirez'), 2);
    assert.equal(at('Jane Smith'), 3);
    assert.equal(at('john smith'), 0);
    assert.equal(at('Jane Doe'), -1);
    assert.equal(at('  '), -1);
  });
});
