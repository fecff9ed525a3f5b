/** What a move sense is, and the groups of senses others depend on. */
import type { MoveKind } from './moveKinds';

/** One way of making a move. */
export interface MoveSense {
  readonly move: MoveKind;
  /** Stable id of this sense ("met", "their-content", "stock"); rules may ask for a sense. */
  readonly sense: string;
  /** What the note does, in a few words, for explain and hover ("mentions their post or talk"). */
  readonly says: string;
  readonly patterns: readonly string[];
  /**
   * Counts only when the note also makes one of these senses; otherwise
   * it is read as `otherwise` (or not at all). "Stay in touch" is a reason
   * after a meeting and a bare ask to a stranger.
   */
  readonly needs?: { readonly senses: readonly string[]; readonly otherwise?: { readonly move: MoveKind; readonly sense: string } };
  /** Dropped when the same sentence makes one of these senses ("since you are a person I trust" gives no reason). */
  readonly voidedBy?: readonly string[];
  /** Read as `then` instead when the note makes one of these senses ("coffee next week?" after a meeting is a next step). */
  readonly unless?: { readonly senses: readonly string[]; readonly then: { readonly move: MoveKind; readonly sense: string; readonly says: string } };
  /** Sentences (greeting allowed) that must be read as this sense, and ones that must not. */
  readonly examples: { readonly match: readonly string[]; readonly miss: readonly string[] };
}

/** Senses of filler that are judged only in a note that gives no context or no reason. */
export const SOFT_FILLER: ReadonlySet<string> = new Set(['networking-motive']);

/** Senses met in person; a coffee invitation follows from them. */
export const MET = ['met', 'worked-together'];
/** Senses of a tie between the two (met, a person or a group in common); asking such a person for a coffee is a next step, not a favour. */
export const TIED = [...MET, 'mutual', 'shared-group', 'taking-over', 'succeeded-them'];
/** Senses of an acquaintance; "stay in touch" follows from them. */
export const ACQUAINTED = [...TIED, 'their-content', 'their-act', 'specific-past'];
/** Senses of a pitch that speak to a kind of company, not to the person: what they say of "your" team or numbers names nothing of theirs. */
export const PITCHES = ['help-audience', 'like-yours', 'track-record', 'outcome-for-you', 'recruiting', 'offer'];
/** Every sense of context: praise of their work is a reason once the note shows how you know the work. */
export const CONTEXT = [...ACQUAINTED, 'doing-now', 'context-slot'];
