import * as assert from 'node:assert/strict';
import { applyEdits, changesText, compatibleFixes, fixAll, lint, type Fix } from '../../server/src/core/index';

/** The text after one pass of fixAll: every compatible automatic fix of one lint, applied at once. */
function onePass(text: string): string {
  const fixes = lint(text).problems.flatMap((p) => (p.fix ? [p.fix] : []));
  return applyEdits(text, compatibleFixes(fixes, text));
}

describe('compatibleFixes', () => {
  const fix = (start: number, end: number, text: string): Fix => ({ title: `${start}-${end}`, edits: [{ start, end, text }] });

  it('takes touching removals together', () => {
    assert.deepEqual(compatibleFixes([fix(0, 3, ''), fix(3, 6, ''), fix(6, 9, '')]).map((e) => [e.start, e.end]), [[0, 3], [3, 6], [6, 9]]);
  });

  it('skips a later fix that overlaps one taken, and an insertion next to a replacement', () => {
    assert.deepEqual(compatibleFixes([fix(0, 4, 'x'), fix(3, 6, ''), fix(4, 4, 'y'), fix(6, 6, 'z')]).map((e) => [e.start, e.end, e.text]), [[0, 4, 'x'], [6, 6, 'z']]);
  });

  it('with the text, leaves out edits that would change nothing', () => {
    const text = 'Hi Ana';
    assert.deepEqual(compatibleFixes([fix(0, 2, 'Hi'), fix(3, 6, 'Ana'), fix(2, 3, '')], text), [{ start: 2, end: 3, text: '' }]);
    assert.equal(changesText(text, { start: 0, end: 2, text: 'Hi' }), false);
    assert.equal(changesText(text, { start: 0, end: 2, text: 'Ho' }), true);
    assert.equal(changesText(text, { start: 2, end: 2, text: '' }), false);
  });
});

describe('fixAll', () => {
  it('removes a run of filler sentences in one pass: each removal stops where the next sentence starts', () => {
    const text = 'Ana, we met at the mixer. I came across your profile. I hope this finds you well. I came across your profile. Coffee next week?';
    assert.equal(onePass(text), 'Ana, we met at the mixer. Coffee next week?');
  });

  it('settles on a thousand repeated filler sentences, and fixing again changes nothing', () => {
    const text = `Ana. ${'I came across your profile. '.repeat(1100)}`;
    const once = fixAll(text);
    assert.equal(once.text, 'Hi {{name}}, Ana.');
    assert.equal(fixAll(once.text).text, once.text);
    assert.equal(fixAll(once.text).applied, 0);
  });

  it('a filler line before a line break goes, and nothing fixable is left', () => {
    const text = 'Hi I came across your profile\n{{name}}';
    const generic = lint(text).problems.find((p) => p.ruleId === 'generic-phrase');
    assert.deepEqual(generic?.fix?.edits, [{ start: 2, end: 29, text: '' }]);
    const fixed = fixAll(text);
    assert.equal(fixed.text, 'Hi\n{{name}}');
    assert.deepEqual(lint(fixed.text).problems.filter((p) => p.fix), []);
  });

  it('counts the fixes it applied', () => {
    assert.equal(fixAll('Hi Ana,  I am glad.').applied, 2);
    assert.equal(fixAll('Hi Ana, I am glad.').applied, 1);
  });
});
