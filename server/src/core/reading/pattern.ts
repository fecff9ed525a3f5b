/**
 * Move patterns: sequences over tokens, written as data. A pattern is a
 * space-separated list of elements, each matching one token unless said:
 *
 *   word      the token's lemma or written form is `word` ("meet" matches met, meeting)
 *   =word     the written form exactly ("=met" matches met only)
 *   @class    the lemma or written form is in a word class (wordClasses.ts); a slot matches when one of its words is
 *   #POS      the part of speech (#NOUN, #PROPN, #VERB, …)
 *   $kind     a slot of that kind ($name, $context, …); `$` any slot
 *   *         any token
 *   a|b|@c    any of the alternatives
 *   x?        optional
 *   ...N      up to N tokens of anything (zero-width when 0), shortest first
 *   !x        zero-width: the next token is not x (or there is none)
 *   ^         zero-width: the start of the sentence, past its greeting
 *   END       zero-width: only marks remain in the sentence
 *   QUESTION  zero-width: the sentence ends with a question mark
 *
 * Plain words and =words never match a slot; classes and $kinds do.
 * Matching never crosses a sentence: patterns see one sentence's tokens.
 */
import type { Token } from './token';
import { CLASS_SETS, type WordClass } from './wordClasses';

type Test = (token: Token) => boolean;

type Element =
  | { readonly kind: 'token'; readonly test: Test; readonly optional: boolean }
  | { readonly kind: 'gap'; readonly max: number }
  | { readonly kind: 'not'; readonly test: Test }
  | { readonly kind: 'start' | 'end' | 'question' };

/** A compiled pattern. */
export interface Pattern {
  readonly source: string;
  readonly elements: readonly Element[];
  /** Matches even where its words are negated (a user's literal phrase means exactly what it says). */
  readonly literal?: boolean;
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
  const elements = source.trim().split(/\s+/).map((piece): Element => {
    if (piece === '^') return { kind: 'start' };
    if (piece === 'END') return { kind: 'end' };
    if (piece === 'QUESTION') return { kind: 'question' };
    const gap = /^\.\.\.(\d+)$/.exec(piece);
    if (gap) return { kind: 'gap', max: Number(gap[1]) };
    if (piece.startsWith('!')) return { kind: 'not', test: alternatives(piece.slice(1), source) };
    const optional = piece.length > 1 && piece.endsWith('?');
    return { kind: 'token', test: alternatives(optional ? piece.slice(0, -1) : piece, source), optional };
  });
  if (!elements.some((e) => e.kind === 'token' && !e.optional)) throw new PatternError(`pattern "${source}" matches no token`);
  return { source, elements };
}

function alternatives(written: string, source: string): Test {
  const tests = written.split('|').map((alt) => alternative(alt, source));
  return tests.length === 1 ? tests[0] : (t) => tests.some((test) => test(t));
}

function alternative(alt: string, source: string): Test {
  if (alt === '') throw new PatternError(`pattern "${source}" has an empty alternative`);
  if (alt === '*') return () => true;
  if (alt === '$') return (t) => t.slot !== undefined;
  if (alt.startsWith('$')) {
    const kind = alt.slice(1);
    return (t) => t.slot?.kind === kind;
  }
  if (alt.startsWith('@')) {
    const set = CLASS_SETS[alt.slice(1) as WordClass];
    if (!set) throw new PatternError(`pattern "${source}" names an unknown word class ${alt}`);
    return (t) => (t.slot ? t.slot.words.some((w) => set.has(w) || set.has(singular(w))) : set.has(t.lemma) || set.has(t.text) || set.has(singular(t.text)));
  }
  if (alt.startsWith('#')) {
    const pos = alt.slice(1);
    return (t) => t.pos === pos;
  }
  if (alt.startsWith('=')) {
    const text = alt.slice(1).toLowerCase();
    return (t) => !t.slot && t.text === text;
  }
  const word = alt.toLowerCase();
  return (t) => !t.slot && (t.lemma === word || t.text === word);
}

/**
 * A plural's singular by its spelling ("companies" → "company", "teams" →
 * "team"): the tagger leaves some nouns unlemmatised ("Companies" read as a
 * proper noun), and slot words are never lemmatised.
 */
function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

/** Non-overlapping matches of `pattern` in `sentence`, leftmost first; a match with a negated token does not count. */
export function matchPattern(pattern: Pattern, sentence: PatternSentence): PatternMatch[] {
  const { tokens } = sentence;
  const out: PatternMatch[] = [];
  const matched: number[] = [];
  for (let i = sentence.contentStart; i < tokens.length; i++) {
    matched.length = 0;
    const end = matchFrom(pattern.elements, 0, sentence, i, matched);
    if (end === -1 || matched.length === 0) continue;
    if (!pattern.literal && matched.some((k) => tokens[k].negated)) continue;
    out.push({ first: matched[0], last: matched[matched.length - 1] });
    i = matched[matched.length - 1];
  }
  return out;
}

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
      for (let k = i; k < tokens.length; k++) if (tokens[k].pos !== 'PUNCT' && tokens[k].pos !== 'SYM') return -1;
      return matchFrom(elements, e + 1, sentence, i, matched);
    case 'question':
      return sentence.question ? matchFrom(elements, e + 1, sentence, i, matched) : -1;
    case 'not':
      return i < tokens.length && element.test(tokens[i]) ? -1 : matchFrom(elements, e + 1, sentence, i, matched);
    case 'gap':
      for (let skip = 0; skip <= element.max && i + skip <= tokens.length; skip++) {
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

/** A pattern that matches `words` (lower case, as the tagger splits them) one after another, read literally: for phrases from settings. */
export function literalPattern(source: string, words: readonly string[]): Pattern {
  return { source, literal: true, elements: words.map((word): Element => ({ kind: 'token', test: (t) => !t.slot && t.text === word, optional: false })) };
}
