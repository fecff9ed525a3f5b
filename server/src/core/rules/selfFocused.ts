import type { Rule } from '../rule';

const SELF = /(?<![\p{L}'’])(?:i|me|my|mine|myself|i['’](?:m|ve|d|ll))(?![\p{L}'’])/giu;
const OTHER = /(?<![\p{L}'’])(?:you|your|yours|yourself|you['’](?:re|ve|d|ll))(?![\p{L}'’])/giu;
/** Below this many self-references a note is not judged. */
const MIN_SELF = 4;

/** The `self-focused` rule (docs/rules/self-focused.md). */
export const selfFocused: Rule = {
  meta: {
    id: 'self-focused',
    description: 'Far more I/me/my than you/your.',
    defaultSeverity: 'info',
    fixable: false,
    rationale: 'A note that is all about you reads as a request for something. Turn a sentence around: what about their work made you write?',
  },
  check(template, { facts }) {
    const literal = facts.literalText();
    const self = count(SELF, literal);
    let names = 0;
    for (const p of template.placeholders) if (p.field === 'name' || p.field === 'first-name') names++;
    const other = count(OTHER, literal) + names;
    if (self < MIN_SELF || self <= 2 * other) return [];
    // Point at the sentence that talks about yourself the most.
    let best = facts.sentences()[0];
    let bestCount = -1;
    for (const s of facts.sentences()) {
      const n = count(SELF, literal.slice(s.start - template.body.start, s.end - template.body.start));
      if (n > bestCount) [best, bestCount] = [s, n];
    }
    return [{ start: best.start, end: best.end, message: `The note says I/me/my ${self} times and you/your ${other}: make it more about them.` }];
  },
};

/** How many times the global `pattern` matches in `text`, without collecting the matches. */
function count(pattern: RegExp, text: string): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.test(text)) n++;
  return n;
}
