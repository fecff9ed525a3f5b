/**
 * Where a filled-in value meets the note badly, in one contact's note:
 * "Inc.." (punctuation doubled), "Jane ," (a space before punctuation),
 * "at at" (a word repeated), ". i'm" (a sentence starting in lower case).
 * Reads an Expansion; offsets are into its text (0-based, end-exclusive,
 * UTF-16 code units).
 */
import { isLetterCode, isWhitespaceCode } from './charCodes';
import type { Expansion } from './expand';

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
/** Abbreviations whose full stop ends no sentence ("Dr. ", "St. ", "e.g. "), and an initial ("J. "). */
const ABBREVIATION = /(?:^|[^\p{L}.])(?:Dr|Mr|Mrs|Ms|Mx|St|Mt|Prof|vs|e\.g|i\.e|etc|approx|\p{Lu})\.$/u;
/** The words an abbreviation check reads: enough for "approx." after a space. */
const ABBREVIATION_TAIL = 8;

/** How far before and after a value the checks look (UTF-16 code units): a word and a sentence end fit. */
export const LOOK_AROUND = 40;

/** An issue where one value meets its text; offsets relative to the value's start. */
export interface BoundaryIssue {
  readonly kind: TextIssueKind;
  readonly start: number;
  readonly end: number;
}

/** The text around one filled-in value. */
export interface Boundary {
  /** Up to LOOK_AROUND code units of the note before the value. */
  readonly before: string;
  /** The value or fallback ('' for an empty fallback). */
  readonly value: string;
  /** Up to LOOK_AROUND code units of the note after the value. */
  readonly after: string;
  /** True when `before` is all of the note before the value. */
  readonly atStart: boolean;
  /** True when literal text (not another value) follows the value. */
  readonly literalAfter: boolean;
}

/** The issues where `boundary.value` meets the text around it, offsets relative to the value's start. */
export function boundaryIssues({ before, value, after, atStart, literalAfter }: Boundary): BoundaryIssue[] {
  const issues: BoundaryIssue[] = [];
  const add = (kind: TextIssueKind, start: number, end: number) => issues.push({ kind, start, end });
  const end = value.length;
  if (value === '') {
    if (SPACE.test(before.slice(-1)) && PUNCTUATION.test(after.charAt(0))) add('space-before-punctuation', -1, 1);
    return issues;
  }
  if (SPACE.test(before.slice(-1)) && PUNCTUATION.test(value.charAt(0))) add('space-before-punctuation', -1, 1);
  // "at" + "at the summit": the word before, across spaces, is the value's first word.
  const first = wordLength(value, 0, 1);
  const gapBefore = before.length - trimmedEnd(before);
  if (first > 0 && gapBefore > 0) {
    const last = wordLength(before, before.length - gapBefore, -1);
    if (last === first && sameWord(before.slice(before.length - gapBefore - last, before.length - gapBefore), value.slice(0, first))) add('repeated-word', -(gapBefore + last), first);
  }
  if (isLowerCaseStart(value) && endsSentence(before, atStart)) add('lower-case-start', 0, 1);
  if (PUNCTUATION.test(value.charAt(end - 1)) && PUNCTUATION.test(after.charAt(0))) add('doubled-punctuation', end - 1, end + 1);
  // A word repeated into the next value is that value's issue (its start is checked); here only into literal text.
  const gapAfter = literalAfter ? after.length - after.trimStart().length : 0;
  const lastWord = gapAfter > 0 ? wordLength(value, end, -1) : 0;
  if (lastWord > 0 && wordLength(after, gapAfter, 1) === lastWord && sameWord(value.slice(end - lastWord), after.slice(gapAfter, gapAfter + lastWord))) {
    add('repeated-word', end - lastWord, end + gapAfter + lastWord);
  }
  return issues;
}

/** How many letters run from `at` forwards (step 1), or backwards from before `at` (step -1), in `text`. */
function wordLength(text: string, at: number, step: 1 | -1): number {
  let i = step === 1 ? at : at - 1;
  while (i >= 0 && i < text.length && isLetterCode(text.charCodeAt(i))) i += step;
  return step === 1 ? i - at : at - 1 - i;
}

/** Where `text` ends once its trailing white space is dropped. */
function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * The part of the text around a value that boundaryIssues reads: the white
 * space before the value with the word before it (and, after a full stop,
 * enough for an abbreviation), and the white space after it with the next
 * word, each with the character that ends it. boundaryIssues gives the
 * same answer for `{ ...boundary, before, after }` reduced so, for any
 * value: a cache keyed by it is keyed by all that matters. `complete` says
 * whether each side was all there: when the text given is no longer than
 * what is kept, more text beyond it could change the answer.
 */
export function boundaryContext(before: string, after: string): { readonly before: string; readonly after: string; readonly complete: { readonly before: boolean; readonly after: boolean } } {
  const gapBefore = before.length - trimmedEnd(before);
  const word = wordLength(before, before.length - gapBefore, -1);
  const mark = before.charAt(before.length - gapBefore - 1);
  const abbreviation = /["'’”).]/.test(mark) ? ABBREVIATION_TAIL + 2 : 0;
  const keepBefore = gapBefore + Math.max(word + 1, abbreviation);
  const gapAfter = after.length - after.trimStart().length;
  const keepAfter = gapAfter + wordLength(after, gapAfter, 1) + 1;
  return {
    before: keepBefore >= before.length ? before : before.slice(-keepBefore),
    after: after.slice(0, keepAfter),
    complete: { before: keepBefore <= before.length, after: keepAfter <= after.length },
  };
}

/** True when `value` starts with a lower-case letter. */
function isLowerCaseStart(value: string): boolean {
  return /^\p{Ll}/u.test(value);
}

/**
 * True when the text `before` a value ends a sentence: the note's start
 * (`atStart` and only white space), a blank line, or . ! ? (and a closing
 * quote or bracket) then white space, but not after an abbreviation or an initial.
 */
function endsSentence(before: string, atStart: boolean): boolean {
  const end = trimmedEnd(before);
  if (end === 0) return atStart || before.length > 0 && /\n[^\S\n]*\n/.test(before);
  if (end === before.length) return false;
  if (/\n[^\S\n]*\n/.test(before.slice(end))) return true;
  let stop = end;
  if (/["'’”)]/.test(before.charAt(stop - 1))) stop--;
  const mark = before.charAt(stop - 1);
  if (mark === '!' || mark === '?') return true;
  return mark === '.' && !ABBREVIATION.test(before.slice(Math.max(0, stop - ABBREVIATION_TAIL), stop));
}

/** The issues of `expansion` (an expansion of a template), by position. */
export function textIssues(expansion: Expansion): TextIssue[] {
  const { text, segments } = expansion;
  const issues: TextIssue[] = [];
  let placeholder = -1;
  segments.forEach((segment, s) => {
    if (segment.kind === 'literal') return;
    placeholder++;
    // A gap (no value, no fallback) is missing-value's to report.
    if (segment.kind === 'missing') return;
    const { start, end } = segment;
    const boundary = {
      before: text.slice(Math.max(0, start - LOOK_AROUND), start),
      value: segment.text,
      after: text.slice(end, end + LOOK_AROUND),
      atStart: start <= LOOK_AROUND,
      literalAfter: segments[s + 1]?.kind === 'literal',
    };
    for (const issue of boundaryIssues(boundary)) issues.push({ kind: issue.kind, placeholder, start: start + issue.start, end: start + issue.end });
  });
  return issues;
}

function sameWord(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
