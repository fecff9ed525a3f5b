/**
 * Where findings about the note as a whole point: its first sentence after
 * the greeting, or its last sentence. Document offsets, as in template.ts.
 */
import { afterGreeting } from './noteEdits';
import type { RuleContext } from './rule';
import type { Span, Template } from './template';

/** The span whole-note findings point at: the first sentence after the greeting (or the greeting, or the body). */
export function firstSentenceSpan(template: Template, { facts }: RuleContext): Span {
  const from = afterGreeting(template, facts);
  const sentence = facts.sentences().find((s) => s.end > from);
  if (sentence) return { start: Math.max(sentence.start, from), end: sentence.end };
  return facts.greeting() ?? template.body;
}

/** The span of the note's last sentence (or the body). */
export function lastSentenceSpan(template: Template, { facts }: RuleContext): Span {
  const sentences = facts.sentences();
  return sentences[sentences.length - 1] ?? template.body;
}
