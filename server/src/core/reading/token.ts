/** A word of the note as the reading sees it. */
import type { Slot } from './slots';

/** One token of the note: a word, a mark, or a whole slot. */
export interface Token {
  /** Document offsets: 0-based, end-exclusive UTF-16 code units. A slot's token spans the whole slot. */
  readonly start: number;
  readonly end: number;
  /** As written, lower case, straight apostrophes. */
  readonly text: string;
  /** Dictionary form, lower case. */
  readonly lemma: string;
  /** Universal part-of-speech tag. */
  readonly pos: string;
  /** Inside the scope of a negation ("we haven't met"). */
  readonly negated: boolean;
  /** Written with a capital first letter. */
  readonly capitalized: boolean;
  /** The slot this token stands for, if any. */
  readonly slot?: Slot;
}
