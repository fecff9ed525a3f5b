import { strict as assert } from 'node:assert';
import { createContactSet } from '../../../server/src/core/contacts';
import type { LoadedContacts } from '../../../server/src/contacts/loadedContacts';
import { packLoaded, unpackLoaded } from '../../../server/src/contacts/packedContacts';

describe('contacts: the packed form the worker posts', () => {
  const contacts = createContactSet(
    [
      { 'first-name': 'Ann', company: 'Acme', 'connected-on': '3 Mar 2024' },
      { 'first-name': 'Bob', company: 'Acme', 'connected-on': '3 Mar 2024' },
      { 'first-name': 'Ann', company: '', 'connected-on': '4 Mar 2024' },
      { 'first-name': 'Zoë 🌱', company: 'Northwind', 'connected-on': '3 Mar 2024' },
    ],
    '/work/people.csv',
  );
  const loaded: LoadedContacts = { contacts, lines: [2, 3, 5, 6], problems: [{ line: 4, message: 'No name (first name, last name or full name); skipped.' }] };

  it('gives back the same set, lines and problems after a copy (as postMessage makes)', () => {
    const { message, transfer } = packLoaded(loaded);
    const back = unpackLoaded(structuredClone(message, { transfer }));
    assert.deepEqual(back.lines, loaded.lines);
    assert.deepEqual(back.problems, loaded.problems);
    assert.equal(back.contacts!.size, 4);
    assert.equal(back.contacts!.source, '/work/people.csv');
    assert.deepEqual(back.contacts!.sourceFields, contacts.sourceFields);
    assert.deepEqual([...back.contacts!.columns], [...contacts.columns]);
    assert.deepEqual(back.contacts!.cache.lengths.size + back.contacts!.cache.missing.size, 0);
  });

  it('carries each distinct value of a column once', () => {
    const { message } = packLoaded(loaded);
    const company = message.packed!.columns.find((c) => c.field === 'company')!;
    assert.deepEqual(company.values, ['Acme', '', 'Northwind']);
    assert.deepEqual([...company.index], [0, 0, 1, 2]);
    const dates = message.packed!.columns.find((c) => c.field === 'connected-on')!;
    assert.deepEqual(dates.values, ['3 Mar 2024', '4 Mar 2024']);
  });

  it('passes a file that could not be read through unchanged', () => {
    const failed: LoadedContacts = { problems: [], error: '/work/gone.csv: cannot read (ENOENT: no such file or directory).' };
    const { message, transfer } = packLoaded(failed);
    assert.deepEqual(transfer, []);
    assert.deepEqual(unpackLoaded(message), failed);
  });
});
