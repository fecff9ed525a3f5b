/** A word of the note as the reading sees it. */
import type { Slot } from './slots';
import type { TaggedToken } from './tagger';

/**
 * One token of the note: a word, a mark, or a whole slot. As the tagger
 * gives it (tagger.ts), but with document offsets (0-based, end-exclusive
 * UTF-16 code units); a slot's token spans the whole slot.
 */
export interface Token extends Omit<TaggedToken, 'sentence'> {
  /** Written with a capital first letter. */
  readonly capitalized: boolean;
  /** The slot this token stands for, if any. */
  readonly slot?: Slot;
}

/** True for a mark: punctuation or a symbol, no word. */
export function isMark(token: Pick<Token, 'pos'>): boolean {
  return token.pos === 'PUNCT' || token.pos === 'SYM';
}

/** The index of the last token of `tokens` at or after `from` that is no mark, or -1 when there is none. */
export function lastWord(tokens: readonly Token[], from: number): number {
  for (let k = tokens.length - 1; k >= from; k--) if (!isMark(tokens[k])) return k;
  return -1;
}
