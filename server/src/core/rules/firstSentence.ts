import { afterGreeting } from '../noteEdits';
import type { RuleContext } from '../rule';
import type { Span, Template } from '../template';

/** The span whole-note findings point at: the first sentence after the greeting (or the greeting). */
export function firstSentenceSpan(template: Template, { facts }: RuleContext): Span {
  const from = afterGreeting(template, facts);
  const sentence = facts.sentences().find((s) => s.end > from);
  if (sentence) return { start: Math.max(sentence.start, from), end: sentence.end };
  const g = facts.greeting();
  return g ?? { start: template.body.start, end: template.body.end };
}

/** The span of the note's last sentence. */
export function lastSentenceSpan(template: Template, { facts }: RuleContext): Span {
  const sentences = facts.sentences();
  return sentences[sentences.length - 1] ?? { start: template.body.start, end: template.body.end };
}
