/**
 * Facts about a note's body that several rules need: its greeting, its
 * sentences, and whether it says how you know the person, why you want to
 * connect and what comes next. Each is computed once per lint, on demand.
 */
import { CONTEXT_FIELDS, NAME_FIELDS } from './fields';
import { hasPhrase } from './phraseSearch';
import type { PhraseBook } from './phrases';
import type { Span, Template } from './template';

/** The salutation at the start of the note ("Hi Mary,", "Hello,"). */
export interface Greeting extends Span {
  /** The part between the salutation word and its punctuation. */
  readonly name: Span;
  /** True when it names nobody ("Hi," "Hi there!"). */
  readonly bare: boolean;
}

export interface NoteFacts {
  readonly bodyText: string;
  greeting(): Greeting | undefined;
  /** Sentences of the body, placeholders kept whole; document offsets, trimmed. */
  sentences(): readonly Span[];
  greetsByName(): boolean;
  hasContext(): boolean;
  hasReason(): boolean;
  hasNextStep(): boolean;
  /** The body with every placeholder replaced by spaces (same offsets). */
  literalText(): string;
}

const GREETING = /^(\s*)(hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b([^,!.\n\r]*?)([,!.:]|\s*\r?\n|\s*[-–—](?=\s))/i;
const NOBODY = /^\s*(there|all|everyone|friend)?\s*$/i;

/** Lazily computed facts about `template` under `phrases`. */
export function noteFacts(template: Template, phrases: PhraseBook): NoteFacts {
  const { start: bodyStart } = template.body;
  const bodyText = template.text.slice(template.body.start, template.body.end);
  const memo = <T>(f: () => T) => {
    let done = false;
    let value: T;
    return () => (done ? value! : ((done = true), (value = f())));
  };
  const fields = new Set(template.placeholders.map((p) => p.field));
  const literalText = memo(() => {
    let out = bodyText;
    for (const p of template.placeholders) {
      const s = p.start - bodyStart;
      out = out.slice(0, s) + ' '.repeat(p.end - p.start) + out.slice(p.end - bodyStart);
    }
    return out;
  });
  const greeting = memo((): Greeting | undefined => {
    const m = GREETING.exec(bodyText);
    if (!m) return undefined;
    const start = bodyStart + m[1].length;
    const nameStart = start + m[2].length;
    const name = { start: nameStart, end: nameStart + m[3].length };
    const end = name.end + m[4].trimEnd().length;
    return { start, end, name, bare: NOBODY.test(m[3]) };
  });
  const sentences = memo(() => splitSentences(literalText(), bodyStart));
  return {
    bodyText,
    greeting,
    sentences,
    literalText,
    greetsByName: memo(() => {
      if ([...NAME_FIELDS].some((f) => fields.has(f))) return true;
      const g = greeting();
      return !!g && !g.bare && /\p{Lu}/u.test(template.text.slice(g.name.start, g.name.end));
    }),
    hasContext: memo(() => [...CONTEXT_FIELDS].some((f) => fields.has(f)) || hasPhrase(literalText(), phrases.context)),
    hasReason: memo(() => fields.has('reason') || hasPhrase(literalText(), phrases.reason)),
    hasNextStep: memo(() => fields.has('next-step') || hasPhrase(literalText(), phrases.nextStep) || /\?\s*$/.test(bodyText.trimEnd())),
  };
}

/** Splits at . ! ? followed by space or end, and at line breaks. */
function splitSentences(text: string, offset: number): Span[] {
  const spans: Span[] = [];
  const re = /[^.!?\r\n]+(?:[.!?]+(?=\s|$)|[.!?]+|$)?/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index! + lead;
    const end = start + trimmed.length;
    // "e.g." or "3.5" do not end a sentence: join when the next piece starts lowercase or with a digit.
    if (spans.length > 0 && /^[a-z0-9]/.test(trimmed) && !/[\r\n]/.test(text.slice(spans[spans.length - 1].end - offset, start))) {
      spans[spans.length - 1] = { start: spans[spans.length - 1].start, end: offset + end };
      continue;
    }
    spans.push({ start: offset + start, end: offset + end });
  }
  return spans;
}

/** The sentence containing `offset`. */
export function sentenceAt(facts: NoteFacts, offset: number): Span | undefined {
  return facts.sentences().find((s) => s.start <= offset && offset < s.end);
}

