import * as assert from 'node:assert/strict';
import { fixAll, lint } from '../../server/src/core/index';
import { assertFirstProblems } from './problemPrefix';

/** A note with thousands of findings of several rules, interleaved (wordy phrases and whitespace go past the reading's limit). */
const NOISY = 'Hi {{name}}, I came across your profile and would love to connect.  We met at {{where-met}}. I would like to buy {{company}} a coffee in order to talk. Let\'s connect! \n'.repeat(700);

const pick = ({ truncated, hidden, hiddenAtLeast }: { truncated: boolean; hidden: number; hiddenAtLeast: boolean }) => ({ truncated, hidden, hiddenAtLeast });

describe('lint with maxProblems', () => {
  it('reports exactly the first problems of the full list, in order, and says the list was cut', () => {
    const all = lint(NOISY).problems;
    assert.ok(all.length > 2000, `only ${all.length} problems in the noisy note`);
    for (const max of [1, 7, 1000]) {
      const cut = lint(NOISY, { maxProblems: max });
      assertFirstProblems(cut.problems, all, max);
      assert.equal(cut.truncated, true);
    }
  });

  it('is not truncated when the limit is not reached, and ignores limits that are not whole numbers from 1', () => {
    const all = lint(NOISY).problems;
    assert.equal(lint(NOISY).truncated, false);
    const roomy = lint(NOISY, { maxProblems: all.length });
    assert.deepEqual([roomy.problems.length, roomy.truncated], [all.length, false]);
    for (const bad of [0, -5, 2.5, Number.NaN]) assert.equal(lint(NOISY, { maxProblems: bad }).problems.length, all.length, `maxProblems ${bad}`);
  });

  it('counts the problems not listed: exactly when no rule stopped at the limit, else as a lower bound', () => {
    const canned = "I'd like to add you to my professional network on LinkedIn.\n";
    assert.deepEqual(pick(lint(canned, { maxProblems: 2 })), { truncated: true, hidden: 3, hiddenAtLeast: false });
    assert.deepEqual(pick(lint(canned, { maxProblems: 5 })), { truncated: false, hidden: 0, hiddenAtLeast: false });
    const all = lint(NOISY).problems.length;
    const cut = pick(lint(NOISY, { maxProblems: 7 }));
    assert.equal(cut.hiddenAtLeast, true);
    assert.ok(cut.hidden > 0 && cut.hidden <= all - 7, `hidden ${cut.hidden} of ${all - 7}`);
  });

  it("keeps the first maxProblems edits of max-length's shortening suggestion", () => {
    const over = `Hi {{name}}, we met at the PyCon mixer last spring and talked for a while about hiring for data teams, which I enjoyed a lot and keep thinking about. ${'I would like to ask what in order to hire you look for. '.repeat(20)}`;
    const all = lint(over).problems;
    const at = all.findIndex((p) => p.ruleId === 'max-length');
    const full = all[at].suggestions![0];
    const max = at + 1;
    assert.ok(full.edits.length > max, `${full.edits.length} shortenings, max-length is problem ${at + 1}`);
    const cut = lint(over, { maxProblems: max }).problems[at].suggestions![0];
    assert.deepEqual(cut.edits, full.edits.slice(0, max));
    assert.match(cut.title, /^Shorten wordy phrases \(saves \d+ characters\)$/);
  });

  it('a note of nothing but filler sentences offers no removal for them when cut, as when not (found by the fuzz run)', () => {
    const note = 'I came across your profile. '.repeat(60);
    const all = lint(note).problems;
    assert.ok(all.filter((p) => p.ruleId === 'generic-phrase').every((p) => p.fix === undefined), 'removing every sentence would leave no note');
    assertFirstProblems(lint(note, { maxProblems: 2 }).problems, all, 2);
  });

  it('does not limit fix-all: it fixes every problem', () => {
    assert.equal(fixAll(NOISY, { maxProblems: 3 }).text, fixAll(NOISY).text);
    assert.ok(fixAll(NOISY).applied > 1000);
  });
});
