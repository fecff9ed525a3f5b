/**
 * Move patterns: sequences over tokens, written as data. A pattern is a
 * space-separated list of elements, each matching one token unless said:
 *
 *   word      the token's lemma or written form is `word` ("meet" matches met, meeting)
 *   =word     the written form exactly ("=met" matches met only)
 *   @class    the lemma or written form is in a word class (wordClasses.ts); a slot matches when one of its words is
 *   #POS      the part of speech (#NOUN, #PROPN, #VERB, …)
 *   #PAST     a verb in a past form ("fixed", "lent", "taught"): written otherwise than its lemma, not in -ing
 *   #ING      a word in -ing read as a verb or a noun ("starting"; the tagger takes some verbs for nouns: "I'm mapping")
 *   $kind     a slot of that kind ($name, $context, …); `$` any slot
 *   *         any token
 *   a|b|@c    any of the alternatives
 *   x?        optional
 *   x~N       up to N tokens each matching x, fewest first ("#ADJ|#NOUN~3": the modifiers before a noun)
 *   ...N      up to N tokens of anything (zero-width when 0), shortest first
 *   !x        zero-width: the next token is not x (or there is none)
 *   ^         zero-width: the start of the sentence, past its greeting
 *   END       zero-width: only marks remain in the sentence
 *   QUESTION  zero-width: the sentence ends with a question mark; a pattern ending on it covers the question to its end
 *
 * Plain words and =words never match a slot; classes and $kinds do.
 * Matching never crosses a sentence: patterns see one sentence's tokens.
 */
import { isMark, lastWord, type Token } from './token';
import { CLASS_SETS, type WordClass } from './wordClasses';

type Test = (token: Token) => boolean;

type Element =
  | { readonly kind: 'token'; readonly test: Test; readonly optional: boolean }
  | { readonly kind: 'gap'; readonly max: number; readonly test?: Test }
  | { readonly kind: 'not'; readonly test: Test }
  | { readonly kind: 'start' | 'end' | 'question' };

/** A compiled pattern. */
export interface Pattern {
  readonly source: string;
  readonly elements: readonly Element[];
  /**
   * Words one of which a sentence must hold for the pattern to match (the
   * words of its most selective required element, by `rarity`), or undefined when any
   * sentence may match: readNote tries a pattern only on sentences that
   * hold one of them (sentenceWords).
   */
  readonly needs?: ReadonlySet<string>;
}

/** The words of a sentence, for Pattern.needs: lemmas, written forms, their singulars and the words of its slots. */
export function sentenceWords(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (const t of tokens) {
    if (t.slot) {
      for (const w of t.slot.words) words.add(w).add(singular(w));
    } else {
      words.add(t.lemma).add(t.text).add(singular(t.text));
    }
  }
  return words;
}

/** A sentence as patterns see it. */
export interface PatternSentence {
  readonly tokens: readonly Token[];
  /** Index of the first token past the greeting. */
  readonly contentStart: number;
  /** True when the sentence ends with a question mark. */
  readonly question: boolean;
}

/** Where a pattern matched: token indexes, `last` inclusive. */
export interface PatternMatch {
  readonly first: number;
  readonly last: number;
}

/** Thrown for a pattern that cannot be read; names the pattern. */
export class PatternError extends Error {}

/** Compiles `source`; throws PatternError naming what it could not read. */
export function compilePattern(source: string): Pattern {
  let needs: Set<string> | undefined;
  const elements = source.trim().split(/\s+/).map((piece): Element => {
    if (piece === '^') return { kind: 'start' };
    if (piece === 'END') return { kind: 'end' };
    if (piece === 'QUESTION') return { kind: 'question' };
    const gap = /^\.\.\.(\d+)$/.exec(piece);
    if (gap) return { kind: 'gap', max: Number(gap[1]) };
    if (piece.startsWith('!')) return { kind: 'not', test: testOf(parseAlternatives(piece.slice(1), source)) };
    const run = /^(.+)~(\d+)$/.exec(piece);
    if (run) return { kind: 'gap', max: Number(run[2]), test: testOf(parseAlternatives(run[1], source)) };
    const optional = piece.length > 1 && piece.endsWith('?');
    const parsed = parseAlternatives(optional ? piece.slice(0, -1) : piece, source);
    const vocabulary = optional ? undefined : vocabularyOf(parsed);
    if (vocabulary && (!needs || rarity(vocabulary) < rarity(needs))) needs = vocabulary;
    return { kind: 'token', test: testOf(parsed), optional };
  });
  if (!elements.some((e) => e.kind === 'token' && !e.optional)) throw new PatternError(`pattern "${source}" matches no token`);
  return { source, elements, needs };
}

/**
 * Words nearly every note holds: an element made of them filters out few
 * sentences, so `needs` prefers another ("@first ... =helped|=saved" is
 * tried on sentences with "helped" or "saved", not on every one with "I").
 */
const COMMON: ReadonlySet<string> = new Set([
  'i', 'we', 'me', 'my', 'our', 'us', 'you', 'your', 'the', 'a', 'an', 'to', 'and', 'of', 'in', 'at', 'on', 'for', 'with', 'be', 'have',
  'do', 'would', 'could', 'can', 'will', 'it', 'that', 'this', 'love', 'like', 'connect', 'great', 'about', 'so', 'as', 'if',
]);

/** How many sentences an element's words are likely to let through: its size, and far more for each common word. */
function rarity(words: ReadonlySet<string>): number {
  let score = words.size;
  for (const w of words) if (COMMON.has(w)) score += 1000;
  return score;
}

/** The alternatives of one element, sorted by what they test. */
interface Alternatives {
  /** Plain words: a token's lemma or written form. */
  readonly words: ReadonlySet<string>;
  /** =words: a token's written form. */
  readonly texts: ReadonlySet<string>;
  /** @classes, shared with wordClasses.ts (not copied: a server keeps every compiled pattern for its life). */
  readonly classes: readonly ReadonlySet<string>[];
  /** Parts of speech, slots, any token: tests of their own. */
  readonly others: readonly Test[];
}

/** Reads the alternatives `written` ("a|=b|@c|#NOUN"); throws PatternError naming `source` for one it cannot read. */
function parseAlternatives(written: string, source: string): Alternatives {
  const words = new Set<string>();
  const texts = new Set<string>();
  const classes: ReadonlySet<string>[] = [];
  const others: Test[] = [];
  for (const alt of written.split('|')) {
    if (alt === '') throw new PatternError(`pattern "${source}" has an empty alternative`);
    if (alt.startsWith('@')) {
      const set = CLASS_SETS[alt.slice(1) as WordClass];
      if (!set) throw new PatternError(`pattern "${source}" names an unknown word class ${alt}`);
      classes.push(set);
    } else if (alt.startsWith('=')) texts.add(alt.slice(1).toLowerCase());
    else if (/^[^*$#]/.test(alt)) words.add(alt.toLowerCase());
    else others.push(alternative(alt));
  }
  return { words, texts, classes, others };
}

/** Every word that can satisfy `alts`, or undefined when one of them is not a list of words (a part of speech, a slot kind, any token). */
function vocabularyOf({ words, texts, classes, others }: Alternatives): Set<string> | undefined {
  if (others.length > 0) return undefined;
  return new Set([...words, ...texts, ...classes.flatMap((set) => [...set])]);
}

/** One test for `alts`: its words, written forms and classes are set lookups shared by all of them (a token is tested once, not once per alternative). */
function testOf({ words, texts, classes, others }: Alternatives): Test {
  const inClass = (w: string) => {
    for (const set of classes) if (set.has(w)) return true;
    return false;
  };
  const wordTest: Test | undefined =
    words.size + texts.size + classes.length === 0
      ? undefined
      : (t) => {
          if (t.slot) return classes.length > 0 && t.slot.words.some((w) => inClass(w) || inClass(singular(w)));
          if (words.has(t.lemma) || words.has(t.text) || texts.has(t.text)) return true;
          return classes.length > 0 && (inClass(t.lemma) || inClass(t.text) || inClass(singular(t.text)));
        };
  if (!wordTest) return others.length === 1 ? others[0] : (t) => others.some((test) => test(t));
  if (others.length === 0) return wordTest;
  return (t) => wordTest(t) || others.some((test) => test(t));
}

/** The test for one alternative that is no word: any token, a slot, a part of speech. */
function alternative(alt: string): Test {
  if (alt === '*') return () => true;
  if (alt === '$') return (t) => t.slot !== undefined;
  if (alt.startsWith('$')) {
    const kind = alt.slice(1);
    return (t) => t.slot?.kind === kind;
  }
  if (alt === '#PAST') return (t) => !t.slot && t.pos === 'VERB' && t.text !== t.lemma && !t.text.endsWith('ing') && !t.text.endsWith('s');
  if (alt === '#ING') return (t) => !t.slot && (t.pos === 'VERB' || t.pos === 'NOUN') && t.text.length > 4 && t.text.endsWith('ing');
  const pos = alt.slice(1);
  return (t) => t.pos === pos;
}

/**
 * A plural's singular by its spelling ("companies" → "company", "teams" →
 * "team"): the tagger leaves some nouns unlemmatised ("Companies" read as a
 * proper noun), and slot words are never lemmatised.
 */
function singular(word: string): string {
  const known = singulars.get(word);
  if (known !== undefined) return known;
  if (singulars.size > 5_000) singulars.clear();
  const found = singularOf(word);
  singulars.set(word, found);
  return found;
}

/** Words already made singular: the same few hundred words come back sentence after sentence. */
const singulars = new Map<string, string>();

function singularOf(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

/** Non-overlapping matches of `pattern` in `sentence`, leftmost first; a match with a negated token does not count. */
export function matchPattern(pattern: Pattern, sentence: PatternSentence): readonly PatternMatch[] {
  const { tokens } = sentence;
  let out: PatternMatch[] | undefined;
  // matchFrom pops what it pushed when it fails, so `matched` needs emptying only after a match.
  const matched = scratch;
  matched.length = 0;
  for (let i = sentence.contentStart; i < tokens.length; i++) {
    const end = matchFrom(pattern.elements, 0, sentence, i, matched);
    if (end === -1 || matched.length === 0) continue;
    const first = matched[0];
    let last = matched[matched.length - 1];
    const negated = matched.some((k) => tokens[k].negated);
    matched.length = 0;
    if (negated) continue;
    // A pattern that ends on QUESTION is about the whole question: its words run to the question mark.
    if (pattern.elements[pattern.elements.length - 1].kind === 'question') last = Math.max(last, lastWord(tokens, last));
    (out ??= []).push({ first, last });
    i = last;
  }
  return out ?? NO_MATCHES;
}

/** What a pattern with no match returns: one shared empty list, as most patterns match nothing in most sentences. */
const NO_MATCHES: readonly PatternMatch[] = Object.freeze([]);
/** The token indexes a match is collecting; one array serves every search (matching never nests). */
const scratch: number[] = [];

/**
 * Matches `elements[e…]` from token `i`; returns the index after the match
 * or -1. `matched` collects the indexes of the tokens the elements matched
 * (not those a gap skipped) and is left as it was on failure.
 */
function matchFrom(elements: readonly Element[], e: number, sentence: PatternSentence, i: number, matched: number[]): number {
  if (e === elements.length) return i;
  const element = elements[e];
  const { tokens } = sentence;
  switch (element.kind) {
    case 'start':
      return i === sentence.contentStart ? matchFrom(elements, e + 1, sentence, i, matched) : -1;
    case 'end':
      if (lastWord(tokens, i) !== -1) return -1;
      return matchFrom(elements, e + 1, sentence, i, matched);
    case 'question':
      return sentence.question ? matchFrom(elements, e + 1, sentence, i, matched) : -1;
    case 'not':
      return i < tokens.length && element.test(tokens[i]) ? -1 : matchFrom(elements, e + 1, sentence, i, matched);
    case 'gap':
      for (let skip = 0; skip <= element.max && i + skip <= tokens.length; skip++) {
        // A run (x~N) stops at the first token that is not x; a plain gap skips anything.
        if (skip > 0 && element.test && !element.test(tokens[i + skip - 1])) return -1;
        const end = matchFrom(elements, e + 1, sentence, i + skip, matched);
        if (end !== -1) return end;
      }
      return -1;
    case 'token': {
      if (i < tokens.length && element.test(tokens[i])) {
        matched.push(i);
        const end = matchFrom(elements, e + 1, sentence, i + 1, matched);
        if (end !== -1) return end;
        matched.pop();
      }
      return element.optional ? matchFrom(elements, e + 1, sentence, i, matched) : -1;
    }
  }
}

