import { strict as assert } from 'node:assert';
import { lint } from '../../server/src/core/index';

const ids = (text: string, allow?: string[]) => lint(text, { phrases: allow ? { allow } : undefined }).problems.map((p) => p.ruleId);

describe('phrases.allow', () => {
  const note = 'Hi {{name}}, we met at {{where-met}} and I would like to hear more about {{reason}}. Coffee next week?\n';

  it('silences a built-in wordy phrase inside an allowed phrase', () => {
    assert.ok(ids(note).includes('wordy-phrase'));
    assert.ok(!ids(note, ['I would like to hear']).includes('wordy-phrase'));
  });

  it('silences built-in judgment of the reading (a stock ask) too', () => {
    const canned = "I'd like to add you to my professional network on LinkedIn.\n";
    assert.ok(ids(canned).includes('canned-message'));
    assert.ok(!ids(canned, ['add you to my professional network']).includes('canned-message'));
  });

  it('leaves other rules and other wording alone', () => {
    assert.deepEqual(ids(note, ['something else entirely']), ids(note));
    assert.ok(ids("I'd like to add you to my professional network on LinkedIn.\n", ['professional network']).includes('missing-name'));
  });
});
