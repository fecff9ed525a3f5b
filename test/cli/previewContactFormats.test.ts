import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCliIfMissing, invite, workspaces } from './cliProcess';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/contacts', name), 'utf8');
/** What preview prints for one contact: the name, the note's length against 300, the note. */
const block = (name: string, note: string) => `${name} — ${note.length}/300\n${note}\n`;
/** The note block of a preview's output, without the problems listed after it. */
const noteOf = (stdout: string) => stdout.split('\n\n')[0].replace(/\n?$/, '\n');

describe('cli: preview with vCard, address-book and mapped CSV contacts', function () {
  // Each test runs the CLI several times: on a busy two-core machine that takes more than mocha's default.
  this.timeout(60000);
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it('expands a note for every card of a .vcf file, and says the file has a problem', () => {
    const dir = spaces.create({
      'people.vcf': fixture('people.vcf'),
      'met.invite': '---\ncontacts: people.vcf\n---\nHi {{name}}, we met at {{where-met | the fair}}. How is {{company | the studio}}?\n',
    });
    const run = invite(['preview', 'met.invite', '--contact', 'Bea Okafor'], dir);
    assert.equal(noteOf(run.stdout), block('Bea Okafor', 'Hi Bea, we met at the Riso print fair. How is Lanternfish Studio?'));
    assert.equal(run.stderr, 'invite-lint: warning: 2 problems in people.vcf; run invite-lint on the template to list them.\n');
    assert.equal(noteOf(invite(['preview', 'met.invite', '--contact', 'rui'], dir).stdout), block('Rui Santos', 'Hi Rui, we met at the fair. How is Harbor Coffee?'));
  });

  it('finds contacts.vcf beside a template that names no contacts file', () => {
    const dir = spaces.create({ 'contacts.vcf': fixture('people.vcf'), 'plain.invite': 'Hi {{name}} at {{company | home}}.\n' });
    assert.equal(noteOf(invite(['preview', 'plain.invite'], dir).stdout), block('Bea Okafor', 'Hi Bea at Lanternfish Studio.'));
  });

  it("expands a note from an event's attendee list through the template's columns mapping", () => {
    const dir = spaces.create({
      'attendees.csv': fixture('attendees.csv'),
      'event.invite': '---\ncontacts: attendees.csv\ncolumns: { full-name: Attendee, where-met: Session, reason: Why }\n---\nHi {{name}}, we met at {{where-met}}. I enjoyed {{reason | your questions}}.\n',
    });
    const run = invite(['preview', 'event.invite', '--all'], dir);
    assert.equal(run.status, 0);
    assert.ok(run.stdout.includes(`── ${block('Lena Park', 'Hi Lena, we met at the Oslo design meetup. I enjoyed your talk on variable fonts.')}`), run.stdout);
    assert.ok(run.stdout.includes(`── ${block('Omar Haddad', 'Hi Omar, we met at the Oslo design meetup. I enjoyed your questions.')}`), run.stdout);
  });

  it('lists the row problems of mapped and vCard contacts with their lines when linting', () => {
    const dir = spaces.create({
      'attendees.csv': fixture('attendees.csv'),
      'event.invite': '---\ncontacts: attendees.csv\ncolumns: { full-name: Attendee, where-met: Session }\n---\nHi {{name}}, we met at {{where-met}}. Your talk on type stuck with me; coffee soon?\n',
    });
    const run = invite(['event.invite'], dir);
    assert.match(run.stdout, /attendees\.csv\n\s+4:1\s+warning\s+No name \(first name, last name or full name\); skipped\.\s+contacts-file\n/);
  });

  it("reads Google Contacts' export as it downloads", () => {
    const dir = spaces.create({ 'google.csv': fixture('google.csv'), 'g.invite': '---\ncontacts: google.csv\n---\nHi {{name}}, how is {{position}} life at {{company}}?\n' });
    assert.equal(noteOf(invite(['preview', 'g.invite'], dir).stdout), block('Bea Okafor', 'Hi Bea, how is Art Director life at Lanternfish Studio?'));
  });
});
