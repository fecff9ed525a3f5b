import * as assert from 'node:assert/strict';
import { fixAll, lint } from '../../server/src/core/index';

/** A note with thousands of findings of several rules, interleaved. */
const NOISY = 'Hi {{name}}, I came across your profile and would love to connect.  We met at {{where-met}}. I would like to buy {{company}} a coffee in order to talk. Let\'s connect! \n'.repeat(400);

describe('lint with maxProblems', () => {
  it('reports exactly the first problems of the full list, in order, and says the list was cut', () => {
    const all = lint(NOISY).problems;
    assert.ok(all.length > 2000, `only ${all.length} problems in the noisy note`);
    for (const max of [1, 7, 1000]) {
      const cut = lint(NOISY, { maxProblems: max });
      assert.deepEqual(cut.problems, all.slice(0, max), `maxProblems ${max}`);
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

  it('does not limit fix-all: it fixes every problem', () => {
    assert.equal(fixAll(NOISY, { maxProblems: 3 }).text, fixAll(NOISY).text);
    assert.ok(fixAll(NOISY).applied > 1000);
  });
});
