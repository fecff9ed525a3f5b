/**
 * Facts about a note's body that several rules need: its greeting, its
 * sentences, and whether it says how you know the person, why you want to
 * connect and what comes next. Each is computed once per lint, on demand,
 * in time linear in the body's length.
 */
import { CONTEXT_FIELDS, NAME_FIELDS, SENTENCE_FIELDS } from './fields';
import { hasPhrase } from './phraseSearch';
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
  const fields = new Set([...template.placeholders.map((p) => p.field), ...template.slotProblems.flatMap((s) => (s.field ? [s.field] : []))]);
  const literalText = memo(() => {
    const parts: string[] = [];
    let cursor = 0;
    for (const p of template.placeholders) {
      parts.push(bodyText.slice(cursor, p.start - bodyStart), ' '.repeat(p.end - p.start));
      cursor = p.end - bodyStart;
    }
    parts.push(bodyText.slice(cursor));
    return parts.join('');
  });
  const greeting = memo(() => findGreeting(template));
  const sentences = memo(() => splitSentences(template));
  return {
    bodyText,
    greeting,
    sentences,
    literalText,
    greetsByName: memo(() => {
      if ([...NAME_FIELDS].some((f) => fields.has(f))) return true;
      const g = greeting();
      const name = g && !g.bare ? template.text.slice(g.name.start, g.name.end) : '';
      return /\p{Lu}/u.test(name) || name.includes('{{');
    }),
    hasContext: memo(() => [...CONTEXT_FIELDS].some((f) => fields.has(f)) || hasPhrase(literalText(), phrases.context)),
    hasReason: memo(() => fields.has('reason') || hasPhrase(literalText(), phrases.reason)),
    hasNextStep: memo(() => fields.has('next-step') || hasPhrase(literalText(), phrases.nextStep) || endsWithQuestion(bodyText)),
  };
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
const CLOSE_QUOTES = new Set(['"', "'", ')', ']', '’', '”', '»']);

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
    if (!/^\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?$/u.test(name) || lowersAfterGreeting(name.split(/[ \t]/)[0]) || /^i$/i.test(name)) return undefined;
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
    const isName = first.startsWith('{{') || (/^\p{Lu}[\p{L}'’-]+$/u.test(first) && !lowersAfterGreeting(first)) || namesNobody(first);
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

/** True for what follows a salutation when it names nobody ("there", "Sir or Madam"). */
function namesNobody(written: string): boolean {
  return NOBODY_SET.has(written.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** True when every word of `[from, to)` is capitalised or a placeholder. */
function looksLikeName(template: Template, from: number, to: number): boolean {
  const words = template.text.slice(from, to).replace(/\{\{[^{}]*\}\}/g, 'Name').trim().split(/\s+/).filter(Boolean);
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
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

/**
 * True when the period at `dot` follows an abbreviation or an initial
 * ("Dr.", "e.g.", "J."), looking no further back than `from`.
 */
function abbreviationBefore(text: string, from: number, dot: number): boolean {
  let i = dot;
  while (i > from && /[\p{L}.]/u.test(text[i - 1]) && dot - i < 12) i--;
  const word = text.slice(i, dot);
  if (word === '') return false;
  if (/^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATION_SET.has(word.toLowerCase());
}

/**
 * Splits the body into sentences: at . ! ? followed by a space or the end,
 * and at line breaks. A period after an abbreviation or an initial, or
 * followed by a lower-case word or a digit ("3.5", "e.g. design"), does not
 * end a sentence. Placeholders are opaque: their fallbacks never split;
 * a placeholder of a sentence field (`{{reason}}`) ends its sentence.
 */
function splitSentences(template: Template): Span[] {
  const { text, body, placeholders } = template;
  const spans: Span[] = [];
  let p = 0;
  while (p < placeholders.length && placeholders[p].start < body.start) p++;
  let start = -1;
  let contentEnd = -1;
  const close = () => {
    if (start !== -1) spans.push({ start, end: contentEnd });
    start = -1;
  };
  let i = body.start;
  while (i < body.end) {
    if (p < placeholders.length && placeholders[p].start === i) {
      if (start === -1) start = i;
      const placeholder = placeholders[p++];
      i = contentEnd = placeholder.end;
      // "{{reason}} {{next-step}}": each is a sentence, unless punctuation of the note's own follows.
      if (SENTENCE_FIELDS.has(placeholder.field) && !/^[ \t]*[.!?,;:)]/.test(text.slice(i, i + 8))) close();
      continue;
    }
    const c = text[i];
    if (c === '\n' || c === '\r') {
      close();
      i++;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (start === -1) start = i;
    if (c === '.' || c === '!' || c === '?') {
      let j = i;
      while (j < body.end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
      while (j < body.end && CLOSE_QUOTES.has(text[j])) j++;
      contentEnd = j;
      if (endsSentence(text, body.end, start, i, j)) close();
      i = j;
      continue;
    }
    contentEnd = ++i;
  }
  close();
  return spans;
}

/** Whether the punctuation run `[mark, after)` ends the sentence that began at `sentenceStart`. */
function endsSentence(text: string, bodyEnd: number, sentenceStart: number, mark: number, after: number): boolean {
  if (after < bodyEnd && !/\s/.test(text[after])) return false;
  if (!/^\.+$/.test(text.slice(mark, after).replace(/["')\]’”»]+$/, ''))) return true;
  if (after - mark === 1 && abbreviationBefore(text, sentenceStart, mark)) return false;
  // A lower-case word or a digit after the period continues the sentence ("… etc. and more").
  let k = after;
  while (k < bodyEnd && (text[k] === ' ' || text[k] === '\t')) k++;
  return !(k < bodyEnd && /[\p{Ll}\p{N}]/u.test(text[k]));
}

function isSpace(c: string): boolean {
  return c <= ' ' || (c > '~' && /\s/.test(c));
}

function endsWithQuestion(text: string): boolean {
  let i = text.length;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return text[i - 1] === '?';
}
