/**
 * Facts about a note's body that several rules need: its greeting, its
 * sentences, and whether it says how you know the person, why you want to
 * connect and what comes next. Each is computed once per lint, on demand,
 * in time linear in the body's length.
 */
import { isLetterCode, isLowerCaseOrDigitCode, isUpperCaseCode, isWhitespaceCode } from './charCodes';
import { CONTEXT_FIELDS, NAME_FIELDS, SENTENCE_FIELDS } from './fields';
import { findPhraseLists, findPhrases, type PhraseMatch } from './phraseSearch';
import { ABBREVIATIONS, LOWER_AFTER_GREETING, NOBODY_NAMES, SALUTATIONS, type PhraseBook } from './phrases';
import type { Span, Template } from './template';

/** The salutation at the start of the note ("Hi Mary,", "Hello,", "Mary,"). */
export interface Greeting extends Span {
  /** The salutation word(s) ("Hi", "Good morning"); empty when the note opens with the name alone. */
  readonly salutation: Span;
  /** The name after the salutation, trimmed; empty when there is none. */
  readonly name: Span;
  /** The punctuation that closes the greeting (",", "!", "-"), '' when none. */
  readonly punctuation: string;
  /** True when it names nobody ("Hi," "Hi there!"). */
  readonly bare: boolean;
}

/** What the rules ask about a note; every answer is computed on first use and kept for the lint run. */
export interface NoteFacts {
  /** The note's text (the body span of the document). */
  readonly bodyText: string;
  greeting(): Greeting | undefined;
  /** Sentences of the body, placeholders kept whole; document offsets, trimmed, in order. */
  sentences(): readonly Span[];
  /** A name placeholder anywhere (even misspelt), or a greeting that names someone. */
  greetsByName(): boolean;
  /** A where-met or mutual placeholder, or a context phrase in the literal text. */
  hasContext(): boolean;
  /** A reason placeholder, or a reason phrase in the literal text. */
  hasReason(): boolean;
  /** A next-step placeholder, a next-step phrase, or a closing question mark. */
  hasNextStep(): boolean;
  /** The body with every placeholder replaced by spaces (same offsets). */
  literalText(): string;
  /**
   * The phrases of one of the book's lists in the literal text, as
   * findPhrases finds them, with document offsets. Each list is searched
   * once; in a long note, all of them in one scan on the first call.
   */
  phrasesFound(list: LiteralPhraseList): readonly PhraseMatch[];
}

/** The lists of a PhraseBook that are searched in the note's literal text. */
export type LiteralPhraseList = 'canned' | 'generic' | 'connectAsk' | 'context' | 'reason' | 'nextStep' | 'salesy' | 'wordy';

/** Notes at least this long (UTF-16 code units) are scanned for all phrase lists at once. */
const ONE_SCAN_FROM = 20_000;

const LITERAL_LISTS: readonly LiteralPhraseList[] = ['canned', 'generic', 'connectAsk', 'context', 'reason', 'nextStep', 'salesy', 'wordy'];
const LIST_INDEX = new Map(LITERAL_LISTS.map((list, i) => [list, i]));
const literalLists = new WeakMap<PhraseBook, readonly (readonly string[])[]>();

/** The phrases of each of LITERAL_LISTS in `book`, in that order (one array per book, so its pattern is found by identity). */
function literalListsOf(book: PhraseBook): readonly (readonly string[])[] {
  let lists = literalLists.get(book);
  if (!lists) {
    lists = LITERAL_LISTS.map((list) => (list === 'wordy' ? book.wordy.map((w) => w.phrase) : book[list]));
    literalLists.set(book, lists);
  }
  return lists;
}

/** Lazily computed facts about `template` under `phrases`. */
export function noteFacts(template: Template, phrases: PhraseBook): NoteFacts {
  const { start: bodyStart } = template.body;
  const bodyText = template.text.slice(template.body.start, template.body.end);
  const memo = <T>(f: () => T) => {
    let done = false;
    let value: T;
    return () => (done ? value! : ((done = true), (value = f())));
  };
  // A misspelt slot ("[Name]", "{{where met") shows what the author meant; placeholder-syntax reports the spelling.
  const fields = new Set<string>();
  for (const p of template.placeholders) fields.add(p.field);
  for (const s of template.slotProblems) if (s.field) fields.add(s.field);
  const literalText = memo(() => {
    const parts: string[] = [];
    let cursor = 0;
    for (const p of template.placeholders) {
      parts.push(bodyText.slice(cursor, p.start - bodyStart), spaces(p.end - p.start));
      cursor = p.end - bodyStart;
    }
    parts.push(bodyText.slice(cursor));
    return parts.join('');
  });
  const greeting = memo(() => findGreeting(template));
  const sentences = memo(() => splitSentences(template));
  // A long note is scanned once for every list; a short one list by list, as each is asked for
  // (one combined pattern costs more to compile than a short note takes to scan).
  const found: (PhraseMatch[] | undefined)[] = [];
  const phrasesFound = (list: LiteralPhraseList): readonly PhraseMatch[] => {
    const index = LIST_INDEX.get(list)!;
    const lists = literalListsOf(phrases);
    if (found[index] === undefined) {
      if (bodyText.length >= ONE_SCAN_FROM) findPhraseLists(literalText(), lists, bodyStart).forEach((matches, i) => (found[i] = matches));
      else found[index] = findPhrases(literalText(), lists[index], bodyStart);
    }
    return found[index]!;
  };
  return {
    bodyText,
    greeting,
    sentences,
    literalText,
    phrasesFound,
    greetsByName: memo(() => {
      if ([...NAME_FIELDS].some((f) => fields.has(f))) return true;
      const g = greeting();
      const name = g && !g.bare ? template.text.slice(g.name.start, g.name.end) : '';
      return /\p{Lu}/u.test(name) || name.includes('{{');
    }),
    hasContext: memo(() => [...CONTEXT_FIELDS].some((f) => fields.has(f)) || phrasesFound('context').length > 0),
    hasReason: memo(() => fields.has('reason') || phrasesFound('reason').length > 0),
    hasNextStep: memo(() => fields.has('next-step') || phrasesFound('nextStep').length > 0 || endsWithQuestion(bodyText)),
  };
}

/** Strings of 0 to 63 spaces, made once: a long note has thousands of placeholders of a few lengths. */
const SPACES: readonly string[] = Array.from({ length: 64 }, (_, n) => ' '.repeat(n));

/** `n` spaces. */
function spaces(n: number): string {
  return n < SPACES.length ? SPACES[n] : ' '.repeat(n);
}

/** The sentence containing `offset` (binary search). */
export function sentenceAt(facts: NoteFacts, offset: number): Span | undefined {
  const list = facts.sentences();
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= offset) lo = mid + 1;
    else if (list[mid].start > offset) hi = mid - 1;
    else return list[mid];
  }
  return undefined;
}

/** True when `word` (any case, ’ or ') is lower-cased after a comma greeting: "We" → true, "Jane" → false. */
export function lowersAfterGreeting(word: string): boolean {
  return LOWER_AFTER_GREETING_SET.has(word.toLowerCase().replace(/’/g, "'"));
}

const ABBREVIATION_SET = new Set(ABBREVIATIONS);
const NOBODY_SET = new Set(NOBODY_NAMES);
const LOWER_AFTER_GREETING_SET = new Set(LOWER_AFTER_GREETING);
const SALUTATION = new RegExp(`^(?:${SALUTATIONS.map((s) => s.replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/** A greeting's name is at most this many words; longer, it is the sentence itself. */
const MAX_NAME_WORDS = 4;
/** How far a greeting may run before its punctuation (UTF-16 code units). */
const MAX_GREETING = 80;

/**
 * Reads the greeting at the start of the body: a salutation, an optional
 * name of up to a few words, and its punctuation; or a capitalised name
 * followed by a comma ("Mary, …"). Placeholders count as one word.
 */
function findGreeting(template: Template): Greeting | undefined {
  const { text, body } = template;
  let start = body.start;
  while (start < body.end && /\s/.test(text[start])) start++;
  const head = text.slice(start, Math.min(body.end, start + MAX_GREETING));
  const placeholderEnd = placeholderEnds(template, start, start + head.length);
  const salutation = SALUTATION.exec(head);
  const salutationEnd = start + (salutation ? salutation[0].length : 0);

  // Scan the name up to the greeting's punctuation, a line break or the word limit.
  let i = salutationEnd;
  let words = 0;
  let inWord = false;
  let firstWordEnd = -1;
  let stop = -1;
  let punctuation = '';
  const limit = start + head.length;
  while (i < limit) {
    const skip = placeholderEnd.get(i);
    if (skip !== undefined) {
      if (!inWord) words++;
      inWord = true;
      i = skip;
      if (firstWordEnd === -1) firstWordEnd = i;
      continue;
    }
    const c = text[i];
    if (c === '\n' || c === '\r') { stop = i; break; }
    if (c === ',' || c === '!' || c === ':' || c === ';' || (c === '.' && !abbreviationBefore(text, salutationEnd, i))) { stop = i; punctuation = c; break; }
    if ((c === '-' || c === '–' || c === '—') && /\s/.test(text[i - 1] ?? '') && /\s/.test(text[i + 1] ?? ' ')) { stop = i; punctuation = c; break; }
    if (/\s/.test(c)) {
      if (inWord && firstWordEnd === -1) firstWordEnd = i;
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      if (++words > MAX_NAME_WORDS) break;
    }
    i++;
  }
  if (i >= limit && stop === -1 && limit === body.end) stop = limit;
  if (firstWordEnd === -1 && inWord) firstWordEnd = i;

  if (!salutation) {
    // "Mary, we met …": one or two capitalised words and a comma.
    if (punctuation !== ',' || words > 2) return undefined;
    const name = text.slice(start, stop);
    if (!/^\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?$/u.test(name) || lowersAfterGreeting(name.split(/[ \t]/)[0]) || isFirstPerson(name.split(/[ \t]/)[0])) return undefined;
    return { start, end: stop + 1, salutation: { start, end: start }, name: { start, end: stop }, punctuation, bare: false };
  }

  let nameEnd: number;
  let end: number;
  // Ended by its punctuation, or by the line's end when every word looks like a name ("Hi Mary Jane\n").
  const whole = stop !== -1 && words <= MAX_NAME_WORDS && (punctuation !== '' || looksLikeName(template, salutationEnd, stop) || namesNobody(text.slice(salutationEnd, stop)));
  if (whole) {
    nameEnd = stop;
    end = stop + punctuation.length;
  } else {
    // No punctuation within a few words ("Hi Mary we met …"): the name is the next word, if it looks like one.
    const first = firstWordEnd === -1 ? '' : text.slice(salutationEnd, firstWordEnd).trim();
    const isName = first.startsWith('{{') || (/^\p{Lu}[\p{L}'’-]+$/u.test(first) && !lowersAfterGreeting(first) && !isFirstPerson(first)) || namesNobody(first);
    nameEnd = isName ? firstWordEnd : salutationEnd;
    end = nameEnd;
    punctuation = '';
  }
  let nameStart = salutationEnd;
  while (nameStart < nameEnd && /\s/.test(text[nameStart])) nameStart++;
  while (nameEnd > nameStart && /\s/.test(text[nameEnd - 1])) nameEnd--;
  const name = text.slice(nameStart, nameEnd);
  return {
    start,
    end,
    salutation: { start, end: salutationEnd },
    name: { start: nameStart, end: nameEnd },
    punctuation,
    bare: name === '' || namesNobody(name),
  };
}

/** True for "I" and its contractions ("I'd", "I’m"): capitalised, but never a name. */
function isFirstPerson(word: string): boolean {
  return /^i(?:['’](?:d|m|ve|ll))?$/i.test(word);
}

/** True for what follows a salutation when it names nobody ("there", "Sir or Madam"). */
function namesNobody(written: string): boolean {
  return NOBODY_SET.has(written.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** True when every word of `[from, to)` is capitalised or a placeholder. */
function looksLikeName(template: Template, from: number, to: number): boolean {
  const words = template.text.slice(from, to).replace(/\{\{[^{}]*\}\}/g, 'Name').trim().split(/\s+/).filter(Boolean);
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) && !isFirstPerson(w));
}

/** Placeholder start → end for the placeholders inside `[from, to)`. */
function placeholderEnds(template: Template, from: number, to: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of template.placeholders) {
    if (p.start >= to) break;
    if (p.start >= from) out.set(p.start, p.end);
  }
  return out;
}

/** Longest entry of ABBREVIATIONS (UTF-16 code units): a longer word is never one. */
const LONGEST_ABBREVIATION = Math.max(...ABBREVIATIONS.map((a) => a.length));

/**
 * True when the period at `dot` follows an abbreviation or an initial
 * ("Dr.", "e.g.", "J."), looking no further back than `from`.
 */
function abbreviationBefore(text: string, from: number, dot: number): boolean {
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
function splitSentences(template: Template): Span[] {
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

function endsWithQuestion(text: string): boolean {
  let i = text.length;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return text[i - 1] === '?';
}
