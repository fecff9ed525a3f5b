import * as assert from 'node:assert/strict';
import type { Problem } from '../../server/src/core/index';

/**
 * Asserts that `cut` (lint with maxProblems `max`) is the first `max` of
 * `all` (lint without): the same problems, except that max-length's
 * shortening suggestion holds only the first `max` of its edits.
 */
export function assertFirstProblems(cut: readonly Problem[], all: readonly Problem[], max: number): void {
  const first = all.slice(0, max);
  assert.equal(cut.length, first.length, 'problem count');
  cut.forEach((p, i) => {
    const full = first[i];
    if (p.ruleId !== 'max-length') return assert.deepEqual(p, full, `problem ${i}`);
    const { suggestions: cutSuggestions, ...rest } = p;
    const { suggestions: fullSuggestions, ...fullRest } = full;
    assert.deepEqual(rest, fullRest, `max-length problem ${i}`);
    assert.equal(cutSuggestions?.length, fullSuggestions?.length, 'max-length suggestions');
    cutSuggestions?.forEach((s, k) => assert.deepEqual(s.edits, fullSuggestions![k].edits.slice(0, max), `max-length suggestion ${k}`));
  });
}
