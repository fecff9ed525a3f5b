/**
 * Reads a note as language: its sentences, their tokens (lemma, part of
 * speech, negation, slots read as the words they stand for), and the moves
 * each sentence makes with the words that show it. Rules, hover, the
 * preview checklist and `invite-lint explain` all read this one result.
 */
import type { Greeting } from '../greeting';
import type { Span, Template } from '../template';
import type { MoveKind } from './moveKinds';
import { MOVES, type MoveSense } from './moves';
import { isAskingWord, namesConnecting } from './askingWords';
import { compilePattern, matchPattern, sentenceWords, type Pattern, type PatternMatch, type PatternSentence } from './pattern';
import { readingText } from './readingText';
import { signOffCount } from './signOff';
import { findSlots } from './slots';
import { tag } from './tagger';
import { USER_SENSES } from './userMoves';
import { lastWord, type Token } from './token';

/** A move the note makes, with the words that show it (document offsets, 0-based, end-exclusive). */
export interface Move extends Span {
  readonly move: MoveKind;
  /** Which way of making the move (moves.ts), e.g. "met", "their-content", "stock". */
  readonly sense: string;
  /** What the words do, in a few words ("you met or talked"). */
  readonly says: string;
}

/** A sentence of the note as read. */
export interface ReadSentence extends Span {
  readonly tokens: readonly Token[];
  /** Index of the first token past the greeting. */
  readonly contentStart: number;
  readonly question: boolean;
  /** True for the closing lines ("Best, Sam"). */
  readonly signOff: boolean;
  /** The moves found in this sentence, in document order. */
  readonly moves: readonly Move[];
}

/** The whole reading of a note. */
export interface NoteReading {
  readonly sentences: readonly ReadSentence[];
  /** Every move in document order (greeting and sign-off included). */
  readonly moves: readonly Move[];
  /** True when some move is of `kind`. */
  has(kind: MoveKind): boolean;
  /** True when the note makes `sense`, even where a wider move of its kind took its words. */
  hasSense(sense: string): boolean;
  /** The moves of `kind`, in document order. */
  movesOf(kind: MoveKind): readonly Move[];
}

/** A move sense with its patterns compiled. */
export interface CompiledSense {
  readonly sense: MoveSense;
  readonly patterns: readonly Pattern[];
}

let builtIn: readonly CompiledSense[] | undefined;

/**
 * The built-in senses, compiled on first use and kept: compiling the few
 * hundred patterns is left out of a server's start, which answers
 * `initialize` before it reads any note.
 */
export function builtInSenses(): readonly CompiledSense[] {
  return (builtIn ??= MOVES.map((sense) => ({ sense, patterns: sense.patterns.map(compilePattern) })));
}

/**
 * Reads the body of `template`. `greeting` is the note's greeting, if any
 * (its words are not searched for moves); `extra` are moves found another
 * way (the user's literal phrases, userMoves.ts), sorted, each placed in
 * the sentence it starts in.
 */
export function readNote(template: Template, greeting: Greeting | undefined, extra: readonly Move[] = [], senses: readonly CompiledSense[] = builtInSenses()): NoteReading {
  const slots = findSlots(template);
  const reading = readingText(template, slots);
  const tokens = toDocumentTokens(template, reading);
  const groups = groupSentences(tokens, reading.hardBreaks);
  const signOffs = signOffCount(groups);
  const greetingEnd = greeting && greeting.end > greeting.start ? greeting.end : -1;

  const drafts = groups.map((group, index) => {
    let contentStart = 0;
    while (contentStart < group.length && group[contentStart].end <= greetingEnd) contentStart++;
    const sentence: PatternSentence = { tokens: group, contentStart, question: group.some((t) => t.text === '?') };
    const signOff = index >= groups.length - signOffs;
    const found: Move[] = [];
    // Closing lines make no moves of their own ("Thanks for your time" is no meeting).
    if (!signOff) {
      const { entries, live } = candidates(senses, sentenceWords(group));
      for (let k = 0; k < entries.length; k++) {
        if (!live[k]) continue;
        const { sense, pattern } = entries[k];
        for (const match of matchPattern(pattern, sentence)) {
          const m = sense.move === 'connect-ask' ? askWithItsWords(sentence, match) : sense.move === 'filler' ? withSubject(sentence, match) : match;
          found.push({ start: group[m.first].start, end: group[m.last].end, move: sense.move, sense: sense.sense, says: sense.says });
        }
      }
      const plainAsk = found.length === 0 ? onlyAsking(sentence) : undefined;
      if (plainAsk) found.push({ start: group[plainAsk.first].start, end: group[plainAsk.last].end, move: 'connect-ask', sense: 'ask', says: 'asks to connect' });
    }
    return { group, sentence, signOff, found };
  });

  // Senses that depend on others ("stay in touch" after a meeting) are settled once every sentence is read.
  const present = new Set<string>();
  for (const d of drafts) for (const m of d.found) present.add(m.sense);
  const bySense = sensesByName(senses);
  const settle = (m: Move): Move | undefined => {
    const def = bySense.get(m.sense);
    if (def?.needs && !def.needs.senses.some((s) => present.has(s))) {
      const other = def.needs.otherwise;
      return other ? { ...m, move: other.move, sense: other.sense, says: bySense.get(other.sense)?.says ?? m.says } : undefined;
    }
    if (def?.unless && def.unless.senses.some((s) => present.has(s))) return { ...m, ...def.unless.then };
    return m;
  };

  const senseSet = new Set<string>();
  // The extra moves go to the sentence they start in (both lists are in document order).
  let e = 0;
  const sentences: ReadSentence[] = drafts.map(({ group, sentence, signOff, found }, index) => {
    const ownEnd = index + 1 < drafts.length ? drafts[index + 1].group[0].start : Infinity;
    while (e < extra.length && extra[e].start < ownEnd) found.push(extra[e++]);
    const here = new Set(found.map((m) => m.sense));
    const voided = (m: Move) => bySense.get(m.sense)?.voidedBy?.some((s) => here.has(s)) === true;
    const settled = found.filter((m) => !voided(m)).map(settle).filter((m): m is Move => m !== undefined);
    for (const m of settled) senseSet.add(m.sense);
    const moves = dedupe(settled);
    if (signOff) moves.push({ start: group[0].start, end: group[group.length - 1].end, move: 'sign-off', sense: 'sign-off', says: 'closes the note' });
    return { start: group[0].start, end: group[group.length - 1].end, tokens: group, contentStart: sentence.contentStart, question: sentence.question, signOff, moves };
  });
  const moves: Move[] = [];
  if (greeting && greeting.end > greeting.start) {
    moves.push({ start: greeting.start, end: greeting.end, move: 'greeting', sense: greeting.bare ? 'bare-greeting' : 'greeting', says: greeting.bare ? 'greets nobody by name' : 'greets them by name' });
  }
  for (const s of sentences) moves.push(...s.moves);
  moves.sort((a, b) => a.start - b.start || a.end - b.end);
  const kinds = new Set(moves.map((m) => m.move));
  for (const m of moves) senseSet.add(m.sense);
  return {
    sentences,
    moves,
    has: (kind) => kinds.has(kind),
    hasSense: (sense) => senseSet.has(sense),
    movesOf: (kind) => moves.filter((m) => m.move === kind),
  };
}

/**
 * A sentence no pattern read that is made only of asking words and names
 * connecting ("I would be happy to be your connection", "let's network!")
 * asks to connect in words of its own: its span, past the greeting and
 * without its closing marks.
 */
function onlyAsking(sentence: PatternSentence): PatternMatch | undefined {
  const { tokens, contentStart } = sentence;
  const last = lastWord(tokens, contentStart);
  if (last === -1) return undefined;
  let names = false;
  for (let k = contentStart; k <= last; k++) {
    if (!isAskingWord(tokens[k])) return undefined;
    names ||= namesConnecting(tokens[k]);
  }
  return names ? { first: contentStart, last } : undefined;
}

/** Words that lead into an ask ("I'd really love to connect", "it would be great to add you"). */
const ASK_LEAD: ReadonlySet<string> = new Set([
  'i', 'we', 'it', "'d", 'would', 'will', "'ll", 'want', 'wanted', 'like', 'love', 'wish', 'hope', 'hoping', 'be', "'m", "'re", "'s",
  'am', 'is', 'was', 'really', 'just', 'also', 'to', 'happy', 'glad', 'great', 'keen', 'eager', 'honored', 'honoured',
  'please', 'kindly', 'let', 'us', 'thought', 'think', 'definitely', 'do', 'you', 'mind', 'if', 'nice', 'good', 'lovely', 'looking',
  'look', 'forward', 'consider', 'considering', 'welcome', 'the', 'chance', 'opportunity', 'should', 'shall', 'figured',
]);

/** An ask's match widened over the words that lead into it and the "with you here on LinkedIn" (or "with me") after it. */
function askWithItsWords(sentence: PatternSentence, match: PatternMatch): PatternMatch {
  const { tokens, contentStart } = sentence;
  let first = match.first;
  while (first > contentStart && ASK_LEAD.has(tokens[first - 1].text) && !tokens[first - 1].slot) first--;
  let last = match.last;
  const word = (k: number) => (k < tokens.length && !tokens[k].slot ? tokens[k].text : '');
  for (;;) {
    if (word(last + 1) === 'with' && (word(last + 2) === 'you' || word(last + 2) === 'me')) last += 2;
    else if (word(last + 1) === 'on' && word(last + 2) === 'linkedin') last += 2;
    else if (word(last + 1) === 'here' || word(last + 1) === 'too') last += 1;
    else break;
  }
  return { first, last };
}

/** A subject and the words between it and a filler phrase ("I'm really trying to" grow my network). */
const SUBJECT_LEAD: ReadonlySet<string> = new Set([
  'i', 'we', "'m", "'ve", "'d", "'re", 'have', 'had', 'just', 'really', 'also', 'am', 'was', 'were', 'be', 'trying', 'looking',
  'hoping', 'to', 'always', 'still', 'recently', 'truly', 'do', 'could', 'can', 'might', 'should', 'will', "'ll", 'think', 'believe',
  'feel', 'keen', 'eager', 'happy', 'glad',
]);

/** A filler match widened over its subject ("I came across your profile"), so that cutting it leaves a sentence. */
function withSubject(sentence: PatternSentence, match: PatternMatch): PatternMatch {
  let first = match.first;
  while (first > sentence.contentStart && SUBJECT_LEAD.has(sentence.tokens[first - 1].text) && !sentence.tokens[first - 1].slot) first--;
  return { first, last: match.last };
}

/** Every pattern of a list of senses in order, and which of them a word can satisfy (Pattern.needs). */
interface PatternIndex {
  readonly entries: readonly { readonly sense: MoveSense; readonly pattern: Pattern }[];
  /** Word → the entries that need one of their words to be it. */
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  /** 1 for the entries any sentence may match (no needs). */
  readonly always: Uint8Array;
}

const indexes = new WeakMap<readonly CompiledSense[], PatternIndex>();

/**
 * The patterns worth trying on a sentence with `words`: those without
 * needs and those one of whose needed words it has. One lookup per word of
 * the sentence instead of a set test per pattern.
 */
function candidates(senses: readonly CompiledSense[], words: ReadonlySet<string>): { entries: PatternIndex['entries']; live: Uint8Array } {
  let index = indexes.get(senses);
  if (!index) {
    const entries = senses.flatMap(({ sense, patterns }) => patterns.map((pattern) => ({ sense, pattern })));
    const byWord = new Map<string, number[]>();
    const always = new Uint8Array(entries.length);
    entries.forEach(({ pattern }, k) => {
      if (!pattern.needs) always[k] = 1;
      else for (const w of pattern.needs) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(k);
    });
    indexes.set(senses, (index = { entries, byWord, always }));
  }
  const live = index.always.slice();
  for (const w of words) for (const k of index.byWord.get(w) ?? []) live[k] = 1;
  return { entries: index.entries, live };
}

const byName = new WeakMap<readonly CompiledSense[], ReadonlyMap<string, MoveSense>>();

/** The senses of `senses` by their name, built once per list. */
function sensesByName(senses: readonly CompiledSense[]): ReadonlyMap<string, MoveSense> {
  let map = byName.get(senses);
  if (!map) byName.set(senses, (map = new Map(senses.map((s) => [s.sense.sense, s.sense]))));
  return map;
}

/** A token and the index of the tagger's sentence it is in. */
interface SentencedToken extends Token {
  readonly sentence: number;
}

/** Tokens with document offsets: a slot's stand-in becomes one token spanning the slot. */
function toDocumentTokens(template: Template, reading: ReturnType<typeof readingText>): SentencedToken[] {
  const out: SentencedToken[] = [];
  const tagged = tag(reading.text);
  for (const t of tagged) {
    if (t.pos === 'SPACE') continue;
    const { span, slot } = reading.toDocument(t.start, t.end);
    const previous = out[out.length - 1];
    if (slot && previous?.slot === slot) continue;
    const first = template.text.charAt(span.start);
    out.push({
      start: span.start,
      end: span.end,
      text: slot ? slot.words.join(' ') : t.text,
      lemma: slot ? '' : t.lemma,
      pos: t.pos,
      negated: t.negated,
      capitalized: first !== first.toLowerCase(),
      slot,
      sentence: t.sentence,
    });
  }
  return out;
}

/** Splits tokens into sentences: the tagger's sentences, also ended at hard line breaks. */
function groupSentences(tokens: readonly SentencedToken[], hardBreaks: readonly number[]): Token[][] {
  const groups: Token[][] = [];
  let current: Token[] = [];
  let b = 0;
  let lastSentence = -1;
  for (const token of tokens) {
    const { sentence } = token;
    let broke = false;
    while (b < hardBreaks.length && hardBreaks[b] < token.start) {
      if (current.length && hardBreaks[b] >= current[current.length - 1].end) broke = true;
      b++;
    }
    if (current.length && (broke || sentence !== lastSentence)) {
      groups.push(current);
      current = [];
    }
    current.push(token);
    lastSentence = sentence;
  }
  if (current.length) groups.push(current);
  return groups;
}

/** Moves without repeats: one per sense and span, and a span another move of its kind contains goes. */
function dedupe(moves: Move[]): Move[] {
  moves.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Move[] = [];
  for (const m of moves) {
    const kept = USER_SENSES.has(m.sense);
    if (!kept && out.some((o) => o.move === m.move && o.start <= m.start && m.end <= o.end && (o.sense === m.sense || o.end - o.start > m.end - m.start))) continue;
    out.push(m);
  }
  return out;
}
