import { strict as assert } from 'node:assert';
import { positionsOf } from '../../server/src/cli/positions';

describe('cli: positions', () => {
  it('counts lines at LF, CRLF and a lone CR, columns from 1', () => {
    const positions = positionsOf('ab\ncd\r\nef\rgh');
    assert.deepEqual([0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12].map((o) => positions.at(o)), [
      { line: 1, column: 1 }, { line: 1, column: 2 }, { line: 1, column: 3 },
      { line: 2, column: 1 }, { line: 2, column: 3 }, { line: 2, column: 4 },
      { line: 3, column: 1 }, { line: 3, column: 2 }, { line: 4, column: 1 }, { line: 4, column: 2 }, { line: 4, column: 3 },
    ]);
    assert.equal(positions.bomLength, 0);
  });

  it('does not count a byte order mark as a column of line 1', () => {
    const positions = positionsOf('\uFEFFHi\nyou');
    assert.equal(positions.bomLength, 1);
    assert.deepEqual([0, 1, 2, 4, 5].map((o) => positions.at(o)), [
      { line: 1, column: 1 }, { line: 1, column: 1 }, { line: 1, column: 2 }, { line: 2, column: 1 }, { line: 2, column: 2 },
    ]);
  });

  it('counts UTF-16 code units and clamps offsets to the text', () => {
    const positions = positionsOf('😀x\n');
    assert.deepEqual(positions.at(2), { line: 1, column: 3 });
    assert.deepEqual(positions.at(-4), { line: 1, column: 1 });
    assert.deepEqual(positions.at(99), { line: 2, column: 1 });
  });
});
