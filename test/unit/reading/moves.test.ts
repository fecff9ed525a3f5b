import * as assert from 'node:assert/strict';
import { findGreeting } from '../../../server/src/core/greeting';
import { MOVES } from '../../../server/src/core/reading/moves';
import { compilePattern, matchPattern } from '../../../server/src/core/reading/pattern';
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

  // A pattern no example matches may not match what it was written for:
  // "=refer me|=referral" reads as "refer" then one of the rest, never "referral" alone.
  it('every pattern matches one of its sense\'s examples', () => {
    const unmatched: string[] = [];
    for (const sense of MOVES) {
      const sentences = sense.examples.match.flatMap((text) => {
        const template = parseTemplate(`${text}\n`);
        return readNote(template, findGreeting(template)).sentences;
      });
      for (const source of sense.patterns) {
        const pattern = compilePattern(source);
        if (!sentences.some((sentence) => matchPattern(pattern, sentence).length > 0)) unmatched.push(`${sense.sense}: ${source}`);
      }
    }
    assert.deepEqual(unmatched, []);
  });

  it('every sense has an example of each kind', () => {
    for (const sense of MOVES) {
      assert.ok(sense.examples.match.length > 0 && sense.examples.miss.length > 0, sense.sense);
    }
  });
});
