/**
 * The greeting that opens a note ("Hi Mary,", "Hello,", "Mary,"): where its
 * salutation, name and punctuation are, and whether it names anybody.
 */
import { abbreviationBefore } from './sentences';
import { LOWER_AFTER_GREETING, NOBODY_NAMES, SALUTATIONS } from './phrases';
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

/** True when `word` (any case, ’ or ') is lower-cased after a comma greeting: "We" → true, "Jane" → false. */
export function lowersAfterGreeting(word: string): boolean {
  return LOWER_AFTER_GREETING_SET.has(word.toLowerCase().replace(/’/g, "'"));
}

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
export function findGreeting(template: Template): Greeting | undefined {
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
