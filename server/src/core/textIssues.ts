/**
 * Where a filled-in value meets the note badly, in one contact's note:
 * "Inc.." (punctuation doubled), "Jane ," (a space before punctuation),
 * "at at" (a word repeated), ". i'm" (a sentence starting in lower case).
 * Reads an Expansion; offsets are into its text (0-based, end-exclusive,
 * UTF-16 code units).
 */
import type { Expansion, Segment } from './expand';
import type { Template } from './template';

/** One way a value and the text around it read wrong together. */
export type TextIssueKind = 'doubled-punctuation' | 'space-before-punctuation' | 'repeated-word' | 'lower-case-start';

/** How each kind of issue is said, before "at {{field}}" / "after {{field}}". */
export const TEXT_ISSUE_TEXT: Readonly<Record<TextIssueKind, string>> = {
  'doubled-punctuation': 'Punctuation doubled',
  'space-before-punctuation': 'A space before punctuation',
  'repeated-word': 'A word repeated',
  'lower-case-start': 'A sentence starts in lower case',
};

/** "Punctuation doubled after {{company}}": an issue of `kind` said of the placeholder of `field`. */
export function textIssueText(kind: TextIssueKind, field: string): string {
  return `${TEXT_ISSUE_TEXT[kind]} ${kind === 'doubled-punctuation' ? 'after' : 'at'} {{${field}}}`;
}

/** One issue in one contact's note. */
export interface TextIssue {
  readonly kind: TextIssueKind;
  /** Index into the template's placeholders of the value the issue is about. */
  readonly placeholder: number;
  /** What the issue is about in the expanded text (0-based, end-exclusive UTF-16 offsets). */
  readonly start: number;
  readonly end: number;
}

/** Punctuation that ends a clause or a sentence; two of them in a row read as a mistake. */
const PUNCTUATION = /[.,;:!?]/;
const SPACE = /\s/;
const WORD_BEFORE = /(\p{L}+)\s+$/u;
const FIRST_WORD = /^\p{L}+/u;
const LAST_WORD = /\p{L}+$/u;
const WORD_AFTER = /^\s+(\p{L}+)/u;
/** Text before a value that ends a sentence: the note's start, a blank line, or . ! ? and a space (not "Dr. ", "St. ", "e.g. ", an initial "J. "). */
const SENTENCE_END = /(?:^\s*|\n\s*\n\s*|(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|St|Mt|Prof|vs|e\.g|i\.e|etc|approx|\p{Lu}))[.!?]["'’”)]?\s+)$/u;

/** How far before a value the checks look (UTF-16 code units): a word and a sentence end fit. */
const LOOK_BEHIND = 40;

/** The issues of `expansion`, an expansion of `template`, by position. */
export function textIssues(template: Template, expansion: Expansion): TextIssue[] {
  const { text, segments } = expansion;
  const placeholderAt = new Map(template.placeholders.map((p, i) => [p.start, i]));
  const issues: TextIssue[] = [];
  segments.forEach((segment, s) => {
    // A gap (no value, no fallback) is missing-value's to report.
    if (segment.kind === 'literal' || segment.kind === 'missing') return;
    const placeholder = placeholderAt.get(segment.source.start)!;
    const add = (kind: TextIssueKind, start: number, end: number) => issues.push({ kind, placeholder, start, end });
    const before = text.slice(Math.max(0, segment.start - LOOK_BEHIND), segment.start);
    const after = text.slice(segment.end, segment.end + LOOK_BEHIND);
    const { start, end } = segment;
    const value = segment.text;
    if (value === '') {
      if (SPACE.test(before.slice(-1)) && PUNCTUATION.test(after.charAt(0))) add('space-before-punctuation', start - 1, start + 1);
      return;
    }
    if (SPACE.test(before.slice(-1)) && PUNCTUATION.test(value.charAt(0))) add('space-before-punctuation', start - 1, start + 1);
    const wordBefore = WORD_BEFORE.exec(before);
    const firstWord = FIRST_WORD.exec(value);
    if (wordBefore && firstWord && sameWord(wordBefore[1], firstWord[0])) add('repeated-word', start - wordBefore[0].length, start + firstWord[0].length);
    // Cut from a longer note, `before` does not start where the note does.
    const sentenceStart = SENTENCE_END.test(start > LOOK_BEHIND ? `x${before}` : before);
    if (sentenceStart && /^\p{Ll}/u.test(value)) add('lower-case-start', start, start + 1);
    if (PUNCTUATION.test(value.charAt(value.length - 1)) && PUNCTUATION.test(after.charAt(0))) add('doubled-punctuation', end - 1, end + 1);
    // A word repeated into the next value is that value's issue (its start is checked); here only into literal text.
    if (followedByLiteral(segments, s)) {
      const lastWord = LAST_WORD.exec(value);
      const wordAfter = WORD_AFTER.exec(after);
      if (lastWord && wordAfter && sameWord(lastWord[0], wordAfter[1])) add('repeated-word', end - lastWord[0].length, end + wordAfter[0].length);
    }
  });
  return issues;
}

/** True when the segment after `s` is literal text. */
function followedByLiteral(segments: readonly Segment[], s: number): boolean {
  return segments[s + 1]?.kind === 'literal';
}

function sameWord(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
