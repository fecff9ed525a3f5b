import { strict as assert } from 'node:assert';
import { parseContactsText } from '../../../server/src/contacts/index';
import { column, fixture } from './contactFixtures';

describe('contacts: address-book CSV exports and column mappings', () => {
  it("reads Google Contacts' CSV export: organisation → company and position, notes → note", () => {
    const loaded = parseContactsText(fixture('google.csv'), 'google.csv');
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(column(loaded.contacts, 'full-name'), ['Bea Okafor', 'Rui Santos']);
    assert.deepEqual(column(loaded.contacts, 'company'), ['Lanternfish Studio', 'Harbor Coffee']);
    assert.deepEqual(column(loaded.contacts, 'position'), ['Art Director', 'Roaster']);
    assert.deepEqual(column(loaded.contacts, 'note'), ['Met at the print fair', '']);
    assert.deepEqual(column(loaded.contacts, 'email'), ['bea@example.com', '']);
  });

  it("reads Google's older CSV, whose Name column is the whole name", () => {
    const loaded = parseContactsText(fixture('google-legacy.csv'), 'google-legacy.csv');
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(column(loaded.contacts, 'name'), ['Bea']);
    assert.deepEqual(column(loaded.contacts, 'full-name'), ['Bea Okafor']);
    assert.deepEqual(column(loaded.contacts, 'company'), ['Lanternfish Studio']);
    assert.deepEqual(column(loaded.contacts, 'position'), ['Art Director']);
  });

  it("reads Outlook's CSV export: Job Title is the position, Title the honorific", () => {
    const loaded = parseContactsText(fixture('outlook.csv'), 'outlook.csv');
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(column(loaded.contacts, 'position'), ['Head Roaster']);
    assert.deepEqual(column(loaded.contacts, 'honorific'), ['Mr.']);
    assert.deepEqual(column(loaded.contacts, 'company'), ['Harbor Coffee']);
    assert.deepEqual(column(loaded.contacts, 'note'), ['Met at the latte art throwdown']);
  });

  it('reads any CSV through a `columns:` mapping (field → header), headers compared without case', () => {
    const loaded = parseContactsText(fixture('attendees.csv'), 'attendees.csv', { 'full-name': 'Attendee', company: 'employer', 'where-met': 'Session', reason: 'Why' });
    assert.deepEqual(column(loaded.contacts, 'name'), ['Lena', 'Omar']);
    assert.deepEqual(column(loaded.contacts, 'company'), ['Fjordline', 'Cedar Analytics']);
    assert.deepEqual(column(loaded.contacts, 'where-met'), ['the Oslo design meetup', 'the Oslo design meetup']);
    assert.deepEqual(column(loaded.contacts, 'reason'), ['your talk on variable fonts', '']);
    assert.deepEqual(loaded.problems, [{ line: 4, message: 'No name (first name, last name or full name); skipped.' }]);
    assert.deepEqual(loaded.lines, [2, 3]);
  });

  it('names the `columns:` mapping when a CSV has no name column', () => {
    assert.equal(
      parseContactsText(fixture('attendees.csv'), 'attendees.csv').error,
      'attendees.csv: no header row with a First Name, Name or Full Name column; map yours with `columns:` in the template (for example `columns: { full-name: Attendee }`).',
    );
  });

  it('reports a mapped header the file lacks on the header line, and a mapped column wins over one of the same field', () => {
    const text = 'First Name,Where Met,Event\nAna,the old value,the new value\n';
    const loaded = parseContactsText(text, 'people.csv', { 'where-met': 'Event', reason: 'Why' });
    assert.deepEqual(column(loaded.contacts, 'where-met'), ['the new value']);
    assert.deepEqual(loaded.problems, [
      { line: 1, message: 'Column "Where Met" repeats field where-met (from "Event"); column ignored.' },
      { line: 1, message: 'No column "Why" for reason (from `columns:`); reason stays empty.' },
    ]);
  });

  it('maps JSON keys too', () => {
    const loaded = parseContactsText('[{"Attendee": "Lena Park", "Event": "the meetup"}]', 'people.json', { 'full-name': 'Attendee', 'where-met': 'Event' });
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(column(loaded.contacts, 'where-met'), ['the meetup']);
    assert.deepEqual(column(loaded.contacts, 'name'), ['Lena']);
  });
});
