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
