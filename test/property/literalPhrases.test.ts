import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../server/src/core/index';
import { assertProblemsValid, assertPrototypeUnchanged, prototypeSnapshot } from './invariants';
import { itHolds } from './propertyRuns';

/** The rule each user phrase list feeds. */
const RULE_OF = { canned: 'canned-message', generic: 'generic-phrase', salesy: 'salesy' } as const;
type ListName = keyof typeof RULE_OF;

/** Phrases that are regular expressions a naive matcher would run. */
const REGEX_LIKE = ['(a+)+$', '.*', '(a|aa)+b', 'a{1,99999}', '^', '\\d+', '[^]*', '(?=a)'];

/** A note with a context and a name, so only the phrase rules speak about `phrase`. */
function noteWith(phrase: string): { text: string; at: number } {
  const before = 'Hi {{name}}, we met at the mixer. ';
  return { text: `${before}${phrase} and more.\n`, at: before.length };
}

/** Literal text a user might put in a phrase list: regex syntax and unicode, no slots or line breaks. */
const phraseArb = fc
  .oneof(
    fc.constantFrom(...REGEX_LIKE, '$', '|', '?', '+', '(', ')', '/', "it's", '😀+', 'a\u0301', 'C++', '.NET', '€5'),
    fc.string({ minLength: 1, maxLength: 12, unit: 'binary' }),
  )
  .map((p) => p.replace(/[{}[\]<>%\r\n\u2028\u2029]/g, '').trim())
  .filter((p) => p.length > 0 && !/^\s|\s$/.test(p));

describe('property: user phrases are literal text', () => {
  const prototype = prototypeSnapshot();
  afterEach(() => assertPrototypeUnchanged(prototype));

  it('a phrase written like a regular expression matches only itself', () => {
    const phrases = { generic: ['(a+)+$', '.*'] };
    const plain = lint('Hi {{name}}, we met at the mixer. aaaa and more.\n', { phrases });
    assert.deepEqual(plain.problems.filter((p) => p.ruleId === 'generic-phrase'), []);
    const literal = lint('Hi {{name}}, we met at the mixer. (a+)+$ and .* more.\n', { phrases });
    assert.deepEqual(
      literal.problems.filter((p) => p.ruleId === 'generic-phrase').map((p) => [p.start, p.end]),
      [
        [34, 40],
        [45, 47],
      ],
    );
  });

  it('lints 100,000 characters built to make a backtracking matcher explode, with regex-like phrases, to completion', () => {
    const phrases = { canned: REGEX_LIKE, generic: REGEX_LIKE, salesy: REGEX_LIKE };
    for (const text of ['a'.repeat(100_000), `${'a'.repeat(99_999)}!`, 'a '.repeat(50_000), `${'aa'.repeat(49_999)}b\n`, `Hi {{name}}, ${'(a+)+'.repeat(19_997)}$\n`]) {
      const result = lint(text, { phrases });
      assertProblemsValid(result.problems, text);
      const phraseProblems = result.problems.filter((p) => p.ruleId === 'generic-phrase' || p.ruleId === 'salesy' || p.ruleId === 'canned-message');
      // Only the last text holds a phrase as written: "(a+)+$" at its very end.
      const expected = text.endsWith('$\n') ? [[text.length - 7, text.length - 1]] : [];
      assert.deepEqual([...new Set(phraseProblems.map((p) => `${p.start}-${p.end}`))], expected.map(([s, e]) => `${s}-${e}`), `phrase problems in ${JSON.stringify(text.slice(0, 20))}…`);
    }
  });

  itHolds(
    'a user phrase is found where it is written, and only text equal to it (ignoring case and spacing) is reported',
    fc.property(phraseArb, fc.constantFrom<ListName>('canned', 'generic', 'salesy'), (phrase, list) => {
      const { text, at } = noteWith(phrase);
      const result = lint(text, { phrases: { [list]: [phrase] } });
      assertProblemsValid(result.problems, text);
      const mine = result.problems.filter((p) => p.ruleId === RULE_OF[list]);
      const key = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
      for (const p of mine) assert.equal(key(text.slice(p.start, p.end)), key(phrase), `${RULE_OF[list]} reported "${text.slice(p.start, p.end)}"`);
      assert.ok(mine.some((p) => p.start === at && p.end === at + phrase.length), `"${phrase}" at ${at} not reported by ${RULE_OF[list]}: ${JSON.stringify(mine.map((p) => [p.start, p.end]))}`);
    }),
    0.5,
  );
});
