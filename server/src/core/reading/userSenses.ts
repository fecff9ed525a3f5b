/**
 * The phrases a user adds in settings (`invite.phrases`), read as moves:
 * a canned phrase is stock invitation text, a generic one is filler, a
 * salesy one is a pitch. Each phrase becomes a literal pattern over the
 * tagger's words, so "I'd" in a phrase matches "I’d" in a note.
 */
import type { PhraseBook } from '../phrases';
import { literalPattern } from './pattern';
import { BUILT_IN_SENSES, type CompiledSense } from './readNote';
import { tag } from './tagger';

const cache = new WeakMap<PhraseBook, readonly CompiledSense[]>();

/** The built-in senses plus one per list of the user's phrases in `book`; the same array for the same book. */
export function sensesFor(book: PhraseBook): readonly CompiledSense[] {
  let senses = cache.get(book);
  if (senses) return senses;
  const extra: CompiledSense[] = [];
  const add = (phrases: readonly string[], move: 'connect-ask' | 'filler' | 'pitch', sense: string, says: string) => {
    const patterns = phrases.flatMap((phrase) => {
      const words = tag(phrase.replace(/[’‘]/g, "'")).filter((t) => t.pos !== 'SPACE').map((t) => t.text);
      return words.length ? [literalPattern(phrase, words)] : [];
    });
    if (patterns.length) extra.push({ sense: { move, sense, says, patterns: phrases, examples: { match: [], miss: [] } }, patterns });
  };
  add(book.canned, 'connect-ask', 'stock', 'a phrase your settings call canned');
  add(book.generic, 'filler', 'user-phrase', 'a phrase your settings call generic');
  add(book.salesy, 'pitch', 'user-phrase', 'a phrase your settings call salesy');
  senses = extra.length ? [...BUILT_IN_SENSES, ...extra] : BUILT_IN_SENSES;
  cache.set(book, senses);
  return senses;
}
