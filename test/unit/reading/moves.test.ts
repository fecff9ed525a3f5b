import * as assert from 'node:assert/strict';
import { findGreeting } from '../../../server/src/core/greeting';
import { MOVES } from '../../../server/src/core/reading/moves';
import { readNote } from '../../../server/src/core/reading/readNote';
import { parseTemplate } from '../../../server/src/core/template';

/** Whether the reading of `text` makes `sense`, and what it read (for the failure message). */
function reads(text: string, sense: string): { found: boolean; read: string } {
  const template = parseTemplate(`${text}\n`);
  const reading = readNote(template, findGreeting(template));
  return { found: reading.hasSense(sense), read: JSON.stringify(reading.moves.map((m) => `${m.sense}: ${template.text.slice(m.start, m.end)}`)) };
}

describe('move patterns: every example beside a sense', () => {
  for (const sense of MOVES) {
    describe(`${sense.move} / ${sense.sense}`, () => {
      for (const example of sense.examples.match) {
        it(`reads "${example}"`, () => {
          const { found, read } = reads(example, sense.sense);
          assert.ok(found, `read ${read}`);
        });
      }
      for (const example of sense.examples.miss) {
        it(`does not read "${example}"`, () => {
          const { found, read } = reads(example, sense.sense);
          assert.ok(!found, `read ${read}`);
        });
      }
    });
  }

  it('every sense has an example of each kind', () => {
    for (const sense of MOVES) {
      assert.ok(sense.examples.match.length > 0 && sense.examples.miss.length > 0, sense.sense);
    }
  });
});
