import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { buildCliIfMissing, invite, workspaces } from './cliProcess';

const MET = "Hi Ana,\nwe met at the mixer. I'd love to hear how you run the food bank.\n";
const CANNED = "I'd like to add you to my professional network.\n";

describe('cli: explain', () => {
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it('prints each move with its words and place, then the checklist', () => {
    const dir = spaces.create({ 'met.invite': MET });
    const run = invite(['explain', 'met.invite'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^met\.invite\n/);
    assert.match(run.stdout, /^ {2}1:1 +greeting +“Hi Ana,” +greets them by name$/m);
    assert.match(run.stdout, /^ {2}2:1 +context +“we met” +you met or talked$/m);
    assert.match(run.stdout, /^ {2}2:34 +reason +“hear how” +wants to learn from them$/m);
    assert.match(run.stdout, /✓ Their name {3}✓ How you know them {3}✓ Why connect {3}✗ A next step {3}✓ No pitch or favour/);
  });

  it('prints one JSON entry per file, in path order: filePath and moves with 1-based lines and columns', () => {
    const dir = spaces.create({ 'met.invite': MET, 'canned.invite': CANNED });
    const run = invite(['explain', 'met.invite', 'canned.invite', '--format', 'json'], dir);
    assert.equal(run.status, 0, run.stderr);
    const entries = JSON.parse(run.stdout) as { filePath: string; moves: { move: string; text: string; line: number; column: number; endLine: number; endColumn: number }[]; checklist: { item: string; ok: boolean }[] }[];
    assert.deepEqual(entries.map((e) => e.filePath), [join(dir, 'canned.invite'), join(dir, 'met.invite')]);
    assert.deepEqual(entries[1].moves.find((m) => m.move === 'context'), { move: 'context', text: 'we met', line: 2, column: 1, endLine: 2, endColumn: 7, says: 'you met or talked' });
    assert.deepEqual(entries[0].moves.map((m) => [m.move, m.text]), [['connect-ask', "I'd like to add you to my professional network"]]);
    assert.deepEqual(entries[0].checklist.map((c) => [c.item, c.ok]), [['name', false], ['context', false], ['reason', false], ['next-step', false], ['no-pitch', true]]);
  });

  it('names a file it cannot find and exits 2, explaining the others', () => {
    const dir = spaces.create({ 'met.invite': MET });
    const run = invite(['explain', 'met.invite', 'missing.invite'], dir);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /missing\.invite/);
    assert.match(run.stdout, /^met\.invite$/m);
  });

  it('rejects options that belong to other commands', () => {
    const run = invite(['explain', 'a.invite', '--fix'], spaces.create({}));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--fix does not go with explain/);
  });
});
