import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCliIfMissing, invite, noteBlock, workspaces } from './cliProcess';

const CONNECTIONS = readFileSync(join(__dirname, '../fixtures/contacts/Connections.csv'), 'utf8');
const TEMPLATE = 'Hi {{name}}, we met at {{where-met | an event}}. {{reason}}\n';

/** The notes TEMPLATE gives for the fixture's contacts, in file order. */
const NOTES = [
  ['Taa Dixon', 'Hi Taa, we met at the Creator Economy Summit. Your panel on podcast ads.'],
  ['Zoë Ramírez', 'Hi Zoë, we met at an event. '],
  ['José Núñez', 'Hi José, we met at ProductCon. Your thread on\npricing experiments.'],
  ['Mei Chen', 'Hi Mei, we met at Config. '],
] as const;


describe('cli: preview', function () {
  // Each test runs the CLI several times: on a busy two-core machine that takes more than mocha's default.
  this.timeout(60000);
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it("shows a named contact's note with its length against the limit", () => {
    const dir = spaces.create({ 'Connections.csv': CONNECTIONS, 'met.invite': TEMPLATE });
    const [name, note] = NOTES[0];
    const run = invite(['preview', 'met.invite', '--contact', 'taa dixon'], dir);
    assert.deepEqual({ ...run, stdout: noteBlock(run.stdout) }, { status: 0, stdout: `${name} — ${note.length}/300\n${note}\n`, stderr: '' });
    assert.equal(noteBlock(invite(['preview', 'met.invite', '--contact', 'JOSÉ'], dir).stdout), `José Núñez — 66/300\n${NOTES[2][1]}\n`);
  });

  it('lists after the note what lint says for that contact, with the template\'s severities and without the rules it disables', () => {
    const dir = spaces.create({
      'Connections.csv': CONNECTIONS,
      'met.invite': `---\nlimit: 60\n---\n${TEMPLATE}`,
      'off.invite': `---\nlimit: 60\ndisable: [missing-value, max-length]\n---\n${TEMPLATE}`,
    });
    const problems = (file: string, contact: string) => invite(['preview', file, '--contact', contact], dir).stdout.split('\n\n').slice(1).join('\n\n');
    assert.equal(problems('met.invite', 'Zoë'), [
      'met.invite',
      '  4:50  hint     No next step: a short question or offer ("Coffee next week?") invites a reply.  missing-next-step',
      '  4:50  warning  Zoë Ramírez has no reason: the note would have a gap here.                      missing-value',
      '',
      '✖ 2 problems (0 errors, 1 warning, 1 hint)',
      '',
    ].join('\n'));
    const taa = problems('met.invite', 'Taa');
    assert.match(taa, /error {2}Over the 60-character limit for Taa Dixon: 72 characters \(12 over\)\. +max-length\n/);
    assert.doesNotMatch(taa, /missing-value/, 'Taa Dixon has a reason');
    assert.doesNotMatch(problems('off.invite', 'Zoë') + problems('off.invite', 'Taa'), /missing-value|max-length/);
  });

  it('shows the front matter sample, else the first contact', () => {
    const dir = spaces.create({
      'Connections.csv': CONNECTIONS,
      'sampled.invite': `---\nsample: Mei\n---\n${TEMPLATE}`,
      'plain.invite': TEMPLATE,
    });
    assert.equal(noteBlock(invite(['preview', 'sampled.invite'], dir).stdout), `Mei Chen — 26/300\n${NOTES[3][1]}\n`);
    assert.equal(noteBlock(invite(['preview', 'plain.invite'], dir).stdout), `Taa Dixon — 72/300\n${NOTES[0][1]}\n`);
    assert.deepEqual(NOTES.map(([, note]) => note.length), [72, 28, 66, 26]);
  });

  it('shows every contact with --all: a table, then each note', () => {
    const dir = spaces.create({ 'lists/Connections.csv': CONNECTIONS, 'met.invite': `---\ncontacts: lists/Connections.csv\nlimit: 60\n---\n${TEMPLATE}` });
    const run = invite(['preview', 'met.invite', '--all'], dir);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, [
      'met.invite · 4 contacts from lists/Connections.csv · limit 60',
      '',
      '  Taa Dixon    72/60  ✗ over by 12',
      '  Zoë Ramírez  28/60  ✓',
      '  José Núñez   66/60  ✗ over by 6',
      '  Mei Chen     26/60  ✓',
      '',
      '2 of 4 over the limit.',
      '',
      `── Taa Dixon — 72/60 ✗ over by 12\n${NOTES[0][1]}`,
      '',
      `── Zoë Ramírez — 28/60\n${NOTES[1][1]}`,
      '',
      `── José Núñez — 66/60 ✗ over by 6\n${NOTES[2][1]}`,
      '',
      `── Mei Chen — 26/60\n${NOTES[3][1]}`,
      '',
    ].join('\n'));
  });

  it('exits 2 for an unknown contact, naming close ones', () => {
    const dir = spaces.create({ 'Connections.csv': CONNECTIONS, 'met.invite': TEMPLATE });
    assert.deepEqual(invite(['preview', 'met.invite', '--contact', 'Taa Dixn'], dir), {
      status: 2,
      stdout: '',
      stderr: 'invite-lint: no contact "Taa Dixn" in Connections.csv; did you mean Taa Dixon?\n',
    });
    assert.equal(invite(['preview', 'met.invite', '--contact', 'Zebedee'], dir).stderr, 'invite-lint: no contact "Zebedee" in Connections.csv; it has 4 contacts, such as Taa Dixon.\n');
  });

  it('shows placeholders and an estimated length without contacts', () => {
    const dir = spaces.create({ 'met.invite': TEMPLATE });
    // The literal text is 17 characters; name, where-met and reason are assumed to be 7, 28 and 60.
    assert.deepEqual(invite(['preview', 'met.invite'], dir), {
      status: 0,
      stdout: 'met.invite — no contacts: about 112/300 with typical field lengths\nHi {{name}}, we met at {{where-met}}. {{reason}}\n',
      stderr: '',
    });
  });

  it('exits 2 for a template it cannot read', () => {
    const dir = spaces.create({});
    assert.deepEqual(invite(['preview', 'gone.invite'], dir), {
      status: 2,
      stdout: '',
      stderr: 'invite-lint: gone.invite: cannot read (ENOENT: no such file or directory).\n',
    });
  });
});
