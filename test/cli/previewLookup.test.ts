import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCliIfMissing, invite, workspaces } from './cliProcess';

const NAMES = readFileSync(join(__dirname, '../fixtures/contacts/linkedin-names.csv'), 'utf8');

describe('cli: preview --contact matches names as people type them', function () {
  // Each test runs the CLI several times: on a busy two-core machine that takes more than mocha's default.
  this.timeout(60000);
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it('ignores case, accents, emoji and credentials, and greets with the cleaned name', () => {
    const dir = spaces.create({ 'Connections.csv': NAMES, 'hi.invite': 'Hi {{name}}, thanks for the chat at {{company-short}}.\n' });
    // The note block, without the problems listed after it.
    const note = (contact: string) => {
      const run = invite(['preview', 'hi.invite', '--contact', contact], dir);
      return { ...run, stdout: run.stdout.split('\n\n')[0].replace(/\n?$/, '\n') };
    };
    const greeting = 'Hi Priyanka, thanks for the chat at Northwind Traders.';
    assert.deepEqual(note('Priyanka'), { status: 0, stdout: `Priyanka 🌱 Sharma — ${greeting.length}/300\n${greeting}\n`, stderr: '' });
    assert.equal(note('zoe ramirez').stdout.split('\n')[1], 'Hi Zoë, thanks for the chat at Brightline Labs.');
    assert.equal(note('Jane Smith').stdout.split('\n')[1], 'Hi Jane, thanks for the chat at Globex.');
    assert.equal(note('john smith').stdout.split('\n')[1], 'Hi John, thanks for the chat at Acme.');
  });

  it('suggests close names compared the same way', () => {
    const dir = spaces.create({ 'Connections.csv': NAMES, 'hi.invite': 'Hi {{name}}!\n' });
    const run = invite(['preview', 'hi.invite', '--contact', 'Zoe Ramires'], dir);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'invite-lint: no contact "Zoe Ramires" in Connections.csv; did you mean Zoë Ramírez?\n');
  });
});
