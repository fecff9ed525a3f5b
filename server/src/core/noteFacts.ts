/**
 * Facts about a note's body that several rules need: its greeting, its
 * sentences, and whether it says how you know the person, why you want to
 * connect and what comes next. Each is computed once per lint, on demand,
 * in time linear in the body's length.
 */
import { CONTEXT_FIELDS, NAME_FIELDS } from './fields';
import { findGreeting, type Greeting } from './greeting';
import { findPhraseLists, findPhrases, hasPhrase, type PhraseMatch } from './phraseSearch';
import type { PhraseBook } from './phrases';
import { endsWithQuestion, splitSentences } from './sentences';
import type { Span, Template } from './template';

export { lowersAfterGreeting, type Greeting } from './greeting';


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

/** The lists of a PhraseBook whose every match in the note's literal text the rules need. */
export type LiteralPhraseList = 'canned' | 'generic' | 'connectAsk' | 'salesy' | 'wordy';

/**
 * The lists only asked about ("does the note say why?"): one match
 * answers, so their search stops there instead of collecting them all.
 */
type MentionList = 'context' | 'reason' | 'nextStep';

/** Notes at least this long (UTF-16 code units) are scanned for all phrase lists at once. */
const ONE_SCAN_FROM = 20_000;

const LITERAL_LISTS: readonly LiteralPhraseList[] = ['canned', 'generic', 'connectAsk', 'salesy', 'wordy'];
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
  const mentions = (list: MentionList) => hasPhrase(literalText(), phrases[list]);
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
    hasContext: memo(() => [...CONTEXT_FIELDS].some((f) => fields.has(f)) || mentions('context')),
    hasReason: memo(() => fields.has('reason') || mentions('reason')),
    hasNextStep: memo(() => fields.has('next-step') || mentions('nextStep') || endsWithQuestion(bodyText)),
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
