/**
 * The user's allow list (`phrases.allow`): wording a team has decided is
 * fine for its notes. A finding of a phrase rule that touches an allowed
 * phrase is dropped, whether the built-in reading or a user phrase made it.
 * Matching is literal, as for every user phrase (phraseSearch.ts).
 */
import type { NoteFacts } from './noteFacts';
import { findPhrases } from './phraseSearch';
import type { PhraseBook } from './phrases';
import type { Span, Template } from './template';

/** The rules whose findings are about wording, which the allow list silences. */
export const ALLOWABLE_RULES: ReadonlySet<string> = new Set(['canned-message', 'generic-phrase', 'salesy', 'wordy-phrase']);

/** Where the allowed phrases of `book` are in the note (document offsets); empty without an allow list. */
export function allowedSpans(template: Template, facts: NoteFacts, book: PhraseBook): readonly Span[] {
  if (book.allow.length === 0) return [];
  return findPhrases(facts.literalText(), book.allow, template.body.start);
}

/** True when `span` overlaps one of `allowed`. */
export function isAllowed(span: Span, allowed: readonly Span[]): boolean {
  for (const a of allowed) if (span.start < a.end && a.start < span.end) return true;
  return false;
}
