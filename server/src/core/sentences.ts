/**
 * Where a note's sentences start and end. Placeholders are opaque; a period
 * after an abbreviation or an initial does not end a sentence.
 */
import { isLetterCode, isLowerCaseOrDigitCode, isUpperCaseCode, isWhitespaceCode } from './charCodes';
import { SENTENCE_FIELDS } from './fields';
import { ABBREVIATIONS } from './phrases';
import type { Span, Template } from './template';

const ABBREVIATION_SET = new Set(ABBREVIATIONS);

/** Longest entry of ABBREVIATIONS (UTF-16 code units): a longer word is never one. */
const LONGEST_ABBREVIATION = Math.max(...ABBREVIATIONS.map((a) => a.length));

/**
 * True when the period at `dot` follows an abbreviation or an initial
 * ("Dr.", "e.g.", "J."), looking no further back than `from`.
 */
export function abbreviationBefore(text: string, from: number, dot: number): boolean {
  let i = dot;
  while (i > from && dot - i < 12 && isLetterOrDot(text.charCodeAt(i - 1))) i--;
  const length = dot - i;
  if (length === 0) return false;
  if (length === 1 && isUpperCaseCode(text.charCodeAt(i))) return true;
  // Lower-casing never shortens a word, so a longer one cannot be listed.
  return length <= LONGEST_ABBREVIATION && ABBREVIATION_SET.has(text.slice(i, dot).toLowerCase());
}

/** A letter (any script; one UTF-16 code unit) or a period. */
function isLetterOrDot(code: number): boolean {
  return code === 0x2e || isLetterCode(code);
}

/** `.`, `!` or `?`. */
function isSentenceMark(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

/** Closing quotes and brackets that may follow a sentence's final mark: " ' ) ] ’ ” ». */
function isCloseQuote(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d || code === 0x2019 || code === 0x201d || code === 0xbb;
}

/**
 * Splits the body into sentences: at . ! ? followed by a space or the end,
 * and at line breaks. A period after an abbreviation or an initial, or
 * followed by a lower-case word or a digit ("3.5", "e.g. design"), does not
 * end a sentence. Placeholders are opaque: their fallbacks never split;
 * a placeholder of a sentence field (`{{reason}}`) ends its sentence.
 * It runs on every lint of the whole note, so it jumps from one line
 * break, mark or placeholder to the next instead of reading each character.
 */
export function splitSentences(template: Template): Span[] {
  const { text, body, placeholders } = template;
  const spans: Span[] = [];
  let p = 0;
  while (p < placeholders.length && placeholders[p].start < body.start) p++;
  let start = -1;
  let contentEnd = -1;
  const end = body.end;
  let i = body.start;
  // The next line break or mark at or after i; found again only once passed, so the text is scanned once.
  let breakOrMark = -1;
  while (i < end) {
    if (breakOrMark < i) breakOrMark = nextBreakOrMark(text, i, end);
    // What lies before the next placeholder, mark or line break is words and spaces: find its first and last word character.
    const placeholderStart = p < placeholders.length ? placeholders[p].start : end;
    const next = Math.min(placeholderStart, breakOrMark);
    if (start === -1) {
      while (i < next && isSpaceCode(text.charCodeAt(i))) i++;
      if (i < next) start = i;
    }
    let last = next;
    while (last > i && isSpaceCode(text.charCodeAt(last - 1))) last--;
    if (last > i) contentEnd = last;
    i = next;
    if (i >= end) break;
    if (i === placeholderStart) {
      if (start === -1) start = i;
      const placeholder = placeholders[p++];
      i = contentEnd = placeholder.end;
      // "{{reason}} {{next-step}}": each is a sentence, unless punctuation of the note's own follows.
      if (SENTENCE_FIELDS.has(placeholder.field) && !punctuationFollows(text, i)) {
        spans.push({ start, end: contentEnd });
        start = -1;
      }
      continue;
    }
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      if (start !== -1) spans.push({ start, end: contentEnd });
      start = -1;
      i++;
      continue;
    }
    if (start === -1) start = i;
    let j = i;
    while (j < end && isSentenceMark(text.charCodeAt(j))) j++;
    const marksEnd = j;
    while (j < end && isCloseQuote(text.charCodeAt(j))) j++;
    contentEnd = j;
    if (endsSentence(text, end, start, i, marksEnd, j)) {
      spans.push({ start, end: contentEnd });
      start = -1;
    }
    i = j;
  }
  if (start !== -1) spans.push({ start, end: contentEnd });
  return spans;
}

const BREAK_OR_MARK = /[\n\r.!?]/g;

/** The offset of the first line break or . ! ? in `[from, limit)`, or `limit`: a native scan, not a loop over every character. */
function nextBreakOrMark(text: string, from: number, limit: number): number {
  BREAK_OR_MARK.lastIndex = from;
  if (!BREAK_OR_MARK.test(text)) return limit;
  return Math.min(BREAK_OR_MARK.lastIndex - 1, limit);
}

/** True when, within 8 code units of `at`, spaces or tabs and then one of . ! ? , ; : ) follow. */
function punctuationFollows(text: string, at: number): boolean {
  const limit = Math.min(at + 8, text.length);
  let k = at;
  while (k < limit && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (k >= limit) return false;
  const code = text.charCodeAt(k);
  return isSentenceMark(code) || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x29;
}

/**
 * Whether the run of marks `[mark, marksEnd)` and the closing quotes up to
 * `after` end the sentence that began at `sentenceStart`.
 */
function endsSentence(text: string, bodyEnd: number, sentenceStart: number, mark: number, marksEnd: number, after: number): boolean {
  if (after < bodyEnd && !isWhitespaceCode(text.charCodeAt(after))) return false;
  for (let k = mark; k < marksEnd; k++) if (text.charCodeAt(k) !== 0x2e) return true;
  if (after - mark === 1 && abbreviationBefore(text, sentenceStart, mark)) return false;
  // A lower-case word or a digit after the period continues the sentence ("… etc. and more").
  let k = after;
  while (k < bodyEnd && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return !(k < bodyEnd && isLowerCaseOrDigitCode(text.charCodeAt(k)));
}

/** What the sentence splitter skips between words: controls, the space, and Unicode white space. */
function isSpaceCode(code: number): boolean {
  return code <= 32 || (code > 126 && isWhitespaceCode(code));
}

export function endsWithQuestion(text: string): boolean {
  let i = text.length;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return text[i - 1] === '?';
}
