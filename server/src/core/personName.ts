/**
 * People's names as they arrive in a LinkedIn export ("Dr. Jane", "Jane
 * Smith, PhD", "Priyanka 🌱", "JOHN") and as a note should greet them.
 * Pure string functions; the word lists are data.
 */
import { capitalizeWords, letterCase, withoutAccents, withoutSymbols } from './valueText';

/** Titles written before a name, lower case without the dot. */
export const HONORIFICS: ReadonlySet<string> = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'professor', 'sir', 'dame', 'rev', 'revd']);

/**
 * Degrees and certifications written after a name, lower case without dots.
 * Short ones that are also names or words (MA, MS, PE) count only after a comma.
 */
export const CREDENTIALS: ReadonlySet<string> = new Set([
  'phd', 'dphil', 'edd', 'mba', 'emba', 'cpa', 'cfa', 'cfp', 'pmp', 'esq', 'jd', 'md', 'dds', 'rn', 'cissp', 'cisa', 'cism', 'acca', 'aca', 'fca',
  'frcs', 'mrcp', 'peng', 'msc', 'bsc', 'mphil', 'llm', 'shrm-cp', 'shrm-scp', 'phr', 'sphr', 'csm', 'cscp', 'itil', 'pmi-acp', 'cma', 'cmgr',
]);
const AFTER_COMMA_ONLY: ReadonlySet<string> = new Set(['ma', 'ms', 'ba', 'bs', 'pe', 'mfa', 'mph', 'mpa', 'do', 'np', 'pa']);

/** What stripping titles found. */
export interface NameTitles {
  /** The name without honorifics and credentials. */
  readonly name: string;
  readonly honorifics: readonly string[];
  readonly credentials: readonly string[];
}

/** A word as the lists are keyed: lower case, without dots. */
function key(word: string): string {
  return word.toLowerCase().replace(/\./g, '');
}

/** Splits honorifics off the front of `name` and credentials off its end ("Dr. Jane Smith, PhD, MBA" → "Jane Smith"). */
export function stripTitles(name: string): NameTitles {
  const honorifics: string[] = [];
  const credentials: string[] = [];
  let words = name.trim().split(/\s+/).filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(key(words[0]))) honorifics.push(words.shift()!);
  // After the first comma: a list of credentials ("Smith, PhD, MBA").
  const rest = words.join(' ');
  const comma = rest.indexOf(',');
  if (comma > 0) {
    const tail = rest.slice(comma + 1).split(/[,\s]+/).filter(Boolean);
    if (tail.length > 0 && tail.every((w) => CREDENTIALS.has(key(w)) || AFTER_COMMA_ONLY.has(key(w)))) {
      credentials.push(...tail);
      words = rest.slice(0, comma).split(/\s+/).filter(Boolean);
    }
  }
  while (words.length > 1 && CREDENTIALS.has(key(words[words.length - 1]))) credentials.unshift(words.pop()!);
  return { name: words.join(' '), honorifics, credentials };
}

/**
 * The name to greet someone with, from their first name as exported:
 * emoji, symbols, honorifics and credentials dropped, and a name written
 * all in capitals or all in lower case capitalised ("JOHN" → "John").
 * '' when nothing of a name is left.
 */
export function greetingName(firstName: string): string {
  const name = stripTitles(withoutSymbols(firstName)).name.replace(/[,;:]+$/, '');
  const written = letterCase(name);
  return written === 'upper' || written === 'lower' ? capitalizeWords(name) : name;
}

/** True when `firstName` is only an initial ("J", "J."). */
export function isInitial(firstName: string): boolean {
  return /^\p{L}\.?$/u.test(firstName.trim());
}

/**
 * A name as a lookup compares it: no case, accents, emoji, symbols,
 * honorifics or credentials ("Dr. Zoë Ramírez, PhD 🌱" → "zoe ramirez").
 */
export function nameKey(name: string): string {
  return withoutAccents(stripTitles(withoutSymbols(name)).name).replace(/[,.]+$/, '');
}
