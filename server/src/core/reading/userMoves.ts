/**
 * The phrases a user adds in settings (`invite.phrases`), read as moves: a
 * canned phrase is stock invitation text, a generic one is filler, a salesy
 * one is a pitch. They are found as written (phraseSearch.ts: any case, ’
 * or ', any run of spaces, whole words), never as regular expressions, and
 * never inside a placeholder's fallback.
 */
import { findPhrases } from '../phraseSearch';
import type { PhraseBook } from '../phrases';
import type { Move } from './readNote';

/** Senses of the user's phrases: kept as written, never merged into a wider move. */
export const USER_SENSES: ReadonlySet<string> = new Set(['user-canned', 'user-generic', 'user-salesy']);

/** The lists of the book that become moves, and what each means. */
const USER_LISTS = [
  { list: 'canned', move: 'connect-ask', sense: 'user-canned', says: 'a phrase your settings call canned' },
  { list: 'generic', move: 'filler', sense: 'user-generic', says: 'a phrase your settings call generic' },
  { list: 'salesy', move: 'pitch', sense: 'user-salesy', says: 'a phrase your settings call salesy' },
] as const;

/**
 * The user's phrases found in `literal` (the note body with placeholders
 * blanked, as noteFacts.literalText gives it), as moves with document
 * offsets (`bodyStart` is the body's offset in the document).
 */
export function userMoves(literal: string, bodyStart: number, book: PhraseBook): Move[] {
  const moves: Move[] = [];
  for (const { list, move, sense, says } of USER_LISTS) {
    if (book[list].length === 0) continue;
    for (const m of findPhrases(literal, book[list], bodyStart)) moves.push({ start: m.start, end: m.end, move, sense, says });
  }
  return moves.sort((a, b) => a.start - b.start);
}
