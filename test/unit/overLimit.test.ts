import * as assert from 'node:assert/strict';
import { overLimit } from '../../server/src/core/index';

describe('overLimit', () => {
  it('counts the notes over the limit and keeps the longest, longest first, ties by index', () => {
    assert.deepEqual(overLimit([310, 200, 350, 301, 350, 300], 300, 3), { count: 4, longest: [2, 4, 0] });
  });

  it('agrees with a full sort on random lengths', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) % 200) + 200;
    const lengths = Array.from({ length: 5000 }, next);
    const sorted = lengths.map((_, i) => i).filter((i) => lengths[i] > 300).sort((a, b) => lengths[b] - lengths[a] || a - b);
    assert.deepEqual(overLimit(lengths, 300, 20), { count: sorted.length, longest: sorted.slice(0, 20) });
  });

  it('returns nothing when every note fits', () => {
    assert.deepEqual(overLimit(new Int32Array([1, 2, 3]), 300, 5), { count: 0, longest: [] });
  });
});
