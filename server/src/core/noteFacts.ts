/**
 * Facts about a note's body that several rules need: its greeting, its
 * sentences, its reading (the moves it makes) and what the etiquette rules
 * conclude from it. Each is computed once per lint, on demand.
 */
import { NAME_FIELDS } from './fields';
import { findGreeting, type Greeting } from './greeting';
import { findPhrases, type PhraseMatch } from './phraseSearch';
import type { PhraseBook } from './phrases';
import { readNote, type NoteReading } from './reading/readNote';
import { userMoves } from './reading/userMoves';
import { verdictsOf, type Verdicts } from './reading/verdicts';
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
  /** The note read as language: sentences, tokens and the moves they make. */
  reading(): NoteReading;
  /** What the etiquette rules conclude from the reading. */
  verdicts(): Verdicts;
  /** The note says how the sender knows the recipient (a context move). */
  hasContext(): boolean;
  /** The note says why the sender wants to connect (a reason move). */
  hasReason(): boolean;
  /** A next-step move, or a closing question mark. */
  hasNextStep(): boolean;
  /** The body with every placeholder replaced by spaces (same offsets). */
  literalText(): string;
  /** The wordy phrases in the literal text, as findPhrases finds them, with document offsets. */
  wordyFound(): readonly PhraseMatch[];
}

const wordyLists = new WeakMap<PhraseBook, readonly string[]>();

/** The wordy phrases of `book` (one array per book, so its compiled pattern is found by identity). */
function wordyOf(book: PhraseBook): readonly string[] {
  let list = wordyLists.get(book);
  if (!list) {
    list = book.wordy.map((w) => w.phrase);
    wordyLists.set(book, list);
  }
  return list;
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
  const reading = memo(() => readNote(template, greeting(), userMoves(literalText(), bodyStart, phrases)));
  const verdicts = memo(() => verdictsOf(reading()));
  const wordyFound = memo(() => findPhrases(literalText(), wordyOf(phrases), bodyStart));
  return {
    bodyText,
    greeting,
    sentences,
    literalText,
    reading,
    verdicts,
    wordyFound,
    greetsByName: memo(() => {
      if ([...NAME_FIELDS].some((f) => fields.has(f))) return true;
      const g = greeting();
      const name = g && !g.bare ? template.text.slice(g.name.start, g.name.end) : '';
      return /\p{Lu}/u.test(name) || name.includes('{{');
    }),
    hasContext: memo(() => reading().has('context')),
    hasReason: memo(() => reading().has('reason')),
    hasNextStep: memo(() => reading().has('next-step') || endsWithQuestion(bodyText)),
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
