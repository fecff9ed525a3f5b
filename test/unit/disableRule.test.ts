import * as assert from 'node:assert/strict';
import { applyEdits, disableRuleFix, frontMatterSettings, lint, parseTemplate } from '../../server/src/core/index';

/** The text after applying the "disable salesy in this file" fix. */
function disableSalesy(text: string): string {
  const fix = disableRuleFix(parseTemplate(text), 'salesy');
  assert.equal(fix.title, 'Disable salesy in this file');
  return applyEdits(text, fix.edits);
}

const cases: { name: string; text: string; output: string }[] = [
  { name: 'no front matter', text: 'Hi Ana.\n', output: '---\ndisable: [salesy]\n---\nHi Ana.\n' },
  { name: 'no front matter, BOM kept first', text: '\uFEFFHi Ana.', output: '\uFEFF---\ndisable: [salesy]\n---\nHi Ana.' },
  { name: 'no front matter, CRLF file', text: 'Hi Ana.\r\nBye.\r\n', output: '---\r\ndisable: [salesy]\r\n---\r\nHi Ana.\r\nBye.\r\n' },
  { name: 'empty front matter', text: '---\n---\nHi', output: '---\ndisable: [salesy]\n---\nHi' },
  { name: 'front matter without a disable key', text: '---\nlimit: 200\n---\nHi', output: '---\nlimit: 200\ndisable: [salesy]\n---\nHi' },
  { name: 'CRLF front matter', text: '---\r\nlimit: 200\r\n---\r\nHi', output: '---\r\nlimit: 200\r\ndisable: [salesy]\r\n---\r\nHi' },
  { name: 'flow list', text: '---\ndisable: [whitespace]\n---\nHi', output: '---\ndisable: [whitespace, salesy]\n---\nHi' },
  { name: 'flow list with a comment', text: '---\ndisable: [whitespace] # noisy\n---\nHi', output: '---\ndisable: [whitespace, salesy] # noisy\n---\nHi' },
  { name: 'flow list with a trailing comma', text: '---\ndisable: [whitespace,]\n---\nHi', output: '---\ndisable: [whitespace, salesy]\n---\nHi' },
  { name: 'empty flow list', text: '---\ndisable: []\n---\nHi', output: '---\ndisable: [salesy]\n---\nHi' },
  { name: 'block list', text: '---\ndisable:\n  - whitespace\n---\nHi', output: '---\ndisable:\n  - whitespace\n  - salesy\n---\nHi' },
  { name: 'block list with a comment, then another key', text: '---\ndisable:\n- whitespace # noisy\nlimit: 200\n---\nHi', output: '---\ndisable:\n- whitespace # noisy\n- salesy\nlimit: 200\n---\nHi' },
  { name: 'block list, CRLF', text: '---\r\ndisable:\r\n  - whitespace\r\n---\r\nHi', output: '---\r\ndisable:\r\n  - whitespace\r\n  - salesy\r\n---\r\nHi' },
  { name: 'a single string', text: '---\ndisable: whitespace\n---\nHi', output: '---\ndisable: [whitespace, salesy]\n---\nHi' },
  { name: 'a key with no value', text: '---\ndisable:\n---\nHi', output: '---\ndisable: [salesy]\n---\nHi' },
  { name: 'a key with no value and a comment', text: '---\ndisable: # later\n---\nHi', output: '---\ndisable: [salesy] # later\n---\nHi' },
  { name: 'explicit null ~', text: '---\ndisable: ~\n---\nHi', output: '---\ndisable: [salesy]\n---\nHi' },
  { name: 'explicit null, then another key', text: '---\ndisable: null\nlimit: 200\n---\nHi', output: '---\ndisable: [salesy]\nlimit: 200\n---\nHi' },
  { name: 'literal block scalar', text: '---\ndisable: |\n  whitespace\n---\nHi', output: '---\ndisable: [whitespace, salesy]\n---\nHi' },
  { name: 'folded block scalar, CRLF', text: '---\r\ndisable: >-\r\n  whitespace\r\n\r\nlimit: 200\r\n---\r\nHi', output: '---\r\ndisable: [whitespace, salesy]\r\n\r\nlimit: 200\r\n---\r\nHi' },
  { name: 'flow list whose ] starts a line', text: '---\ndisable: [\n  whitespace\n]\n---\nHi', output: '---\ndisable: [whitespace, salesy]\n---\nHi' },
  { name: 'flow list over lines with a comment inside', text: '---\ndisable: [whitespace, # noisy\n  wordy-phrase]\n---\nHi', output: '---\ndisable: [whitespace, wordy-phrase, salesy]\n---\nHi' },
  { name: 'flow list with a tag', text: '---\ndisable: !!seq [whitespace]\n---\nHi', output: '---\ndisable: !!seq [whitespace, salesy]\n---\nHi' },
  { name: 'flow list with an anchor', text: '---\ndisable: &ids [whitespace]\n---\nHi', output: '---\ndisable: &ids [whitespace, salesy]\n---\nHi' },
  { name: 'block list holding a nested list', text: '---\ndisable:\n  - [whitespace, x]\n---\nHi', output: '---\ndisable: [salesy]\n---\nHi' },
  { name: 'block list with an empty item', text: '---\ndisable:\n- whitespace\n-\n---\nHi', output: '---\ndisable: [whitespace, salesy]\n---\nHi' },
  { name: 'a map', text: '---\ndisable: {whitespace: true}\n---\nHi', output: '---\ndisable: [salesy]\n---\nHi' },
];

describe('disableRuleFix', () => {
  for (const c of cases) {
    it(c.name, () => {
      const output = disableSalesy(c.text);
      assert.equal(output, c.output);
      const settings = frontMatterSettings(parseTemplate(output).frontMatter);
      assert.ok(settings.disable.includes('salesy'), 'the rule is disabled');
      assert.deepEqual(lint(output).problems.filter((p) => p.ruleId === 'front-matter'), [], 'the front matter stays valid');
    });
  }

  it('keeps the ids it rewrites as strings: quoted when YAML would read them as something else', () => {
    const output = disableSalesy('---\ndisable: [whitespace, "true", "a b"\n  ]\n---\nHi');
    assert.equal(output, '---\ndisable: [whitespace, "true", "a b", salesy]\n---\nHi');
    assert.deepEqual(frontMatterSettings(parseTemplate(output).frontMatter).disable, ['whitespace', 'true', 'a b', 'salesy']);
  });
});
