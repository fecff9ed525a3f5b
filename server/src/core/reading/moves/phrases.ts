/**
 * Pieces of pattern shared by senses of more than one move. Notation:
 * ../pattern.ts.
 */

/**
 * Something of theirs named specifically: "your" and up to three modifiers
 * before a noun, neither the first nor the last of them what any profile
 * shows ("your online course on SQL", "your climbing-gym expansion", "your
 * testimony"; not "your background", "your team", "your time", "your
 * profile popping up").
 */
export const THEIR_THING = 'your !@aboutAnyone #ADJ|#NOUN|#PROPN|#VERB|-~3 !@aboutAnyone #NOUN|#PROPN !#NOUN|#PROPN|-';

/** Something of their team's or company's, named specifically ("your team's incident report on the outage"). */
export const THEIR_TEAMS_THING = "your =team|=company|=lab|=group|=studio|=office|=department|=firm|=org 's #ADJ|#NOUN|#PROPN|#VERB|-~3 !@aboutAnyone #NOUN|#PROPN !#NOUN|#PROPN|-";

/** Their piece of work among others' ("yours on sparse attention was my favourite"). */
export const THEIRS_AMONG = '=yours on|about|for|in|at';
