import * as assert from 'node:assert/strict';
import { visible, visibleLine } from '../../server/src/cli/visible';
import { buildCliIfMissing, invite, workspaces } from './cliProcess';

/** OSC 52 (writes the clipboard), clear screen, hidden text, a bell, and a right-to-left override. */
const HOSTILE = '\x1b]52;c;ZXZpbA==\x07\x1b[2J\x1b[8m\u202e';
const SHOWN = '\\x1b]52;c;ZXZpbA==\\x07\\x1b[2J\\x1b[8m\\u202e';

/** No escape, bell, C1 control or bidirectional override reaches the terminal. */
function assertNoControls(text: string): void {
  assert.doesNotMatch(text, /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/, JSON.stringify(text));
}

describe('cli: data never reaches the terminal raw', function () {
  this.timeout(30000);
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it('makes control characters visible, keeping tabs and (outside one-line text) line feeds', () => {
    assert.equal(visible(`a${HOSTILE}\tb\nc\r\x9b\x00`), `a${SHOWN}\tb\nc\\x0d\\x9b\\x00`);
    assert.equal(visibleLine('a\nb\x1b'), 'a\\nb\\x1b');
    assert.equal(visible('Zoë Ramírez — 日本'), 'Zoë Ramírez — 日本');
  });

  it('stylish shows file names, contacts problems and template text quoted in messages with their control characters visible', () => {
    const dir = spaces.create({
      [`a${HOSTILE}.invite`]: `Hi {{name}}, we met at {{where-met}}. {{reason}} {{First${HOSTILE}Name}}\n`,
      'contacts.csv': `First Name,Where Met\nAnn${HOSTILE},Expo\n`,
    });
    const run = invite([], dir);
    assertNoControls(run.stdout);
    assertNoControls(run.stderr);
    assert.match(run.stdout, new RegExp(`^a${escapeRegExp(SHOWN)}\\.invite$`, 'm'));
    assert.ok(run.stdout.includes(`not {{First${SHOWN}Name}}.`), run.stdout);
  });

  it('preview shows contact names, notes and file names with their control characters visible', () => {
    const dir = spaces.create({ 'a.invite': `Hi {{name}}! ${HOSTILE}\n`, 'contacts.csv': `First Name,Last Name\nEve${HOSTILE},Doe\n` });
    const one = invite(['preview', 'a.invite'], dir);
    assertNoControls(one.stdout);
    assert.ok(one.stdout.includes(`Eve${SHOWN} Doe —`), one.stdout);
    const all = invite(['preview', 'a.invite', '--all'], dir);
    assertNoControls(all.stdout);
    const missing = invite(['preview', 'a.invite', '--contact', `Bob${HOSTILE}`], dir);
    assertNoControls(missing.stderr);
    assert.ok(missing.stderr.includes(`no contact "Bob${SHOWN}"`), missing.stderr);
  });

  it('messages on stderr name files with their control characters visible', () => {
    const dir = spaces.create({});
    const run = invite([`gone${HOSTILE}.invite`], dir);
    assertNoControls(run.stderr);
    assert.ok(run.stderr.includes(`gone${SHOWN}.invite: cannot read`), run.stderr);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
