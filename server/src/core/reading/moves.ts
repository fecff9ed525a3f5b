/**
 * The moves a note makes, as data: each sense of a move is a list of
 * patterns (pattern.ts explains the notation) with sentences that must and
 * must not be read that way beside it (test/unit/reading/moves.test.ts
 * runs every one). Add a wording by adding a pattern and an example; the
 * rules never see these patterns, only the moves they find.
 */
import type { MoveSense } from './moveSense';
import { ASK_MOVES } from './moves/asks';
import { CONTEXT_MOVES } from './moves/context';
import { FILLER_MOVES } from './moves/filler';
import { REASON_MOVES } from './moves/reason';
import { SELLING_MOVES } from './moves/selling';

export { SOFT_FILLER, type MoveSense } from './moveSense';

/** Every built-in move sense, in the order they are searched. */
export const MOVES: readonly MoveSense[] = [...CONTEXT_MOVES, ...REASON_MOVES, ...ASK_MOVES, ...SELLING_MOVES, ...FILLER_MOVES];
