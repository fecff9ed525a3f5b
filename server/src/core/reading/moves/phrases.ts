/**
 * Pieces of pattern shared by senses of more than one move. Notation:
 * ../pattern.ts.
 */

/**
 * Something of theirs named specifically: "your" and up to three modifiers
 * before a noun that is not what any profile shows ("your online course on
 * SQL", "your climbing-gym expansion", "your testimony"; not "your
 * background", "your team", "your time").
 */
export const THEIR_THING = 'your #ADJ|#NOUN|#PROPN|#VERB|-~3 !@aboutAnyone #NOUN|#PROPN !#NOUN|#PROPN|-';

/** Their piece of work among others' ("yours on sparse attention was my favourite"). */
export const THEIRS_AMONG = '=yours on|about|for|in|at';
