/**
 * Where a note signs off: the closing lines after the message ("Best,",
 * "Thanks!", "— Sam", "[Your Name]"), found from the end.
 */
import { isMark, type Token } from './token';
import { CLASS_SETS } from './wordClasses';

/** Sentences at the end that can be a sign-off; more than this and the rest is message. */
const MAX_SIGN_OFF_SENTENCES = 4;
/** A sign-off sentence has at most this many words. */
const MAX_SIGN_OFF_WORDS = 8;

/**
 * How many of the last sentences sign off: each is closing words, a
 * sender's slot or name, a link slot and marks, and the last line of them
 * all is not the whole note.
 */
export function signOffCount(sentences: readonly (readonly Token[])[]): number {
  let count = 0;
  for (let i = sentences.length - 1; i > 0 && count < MAX_SIGN_OFF_SENTENCES; i--) {
    if (!isSignOff(sentences[i])) break;
    count++;
  }
  return count;
}

/** Words only a closing line is made of: a line of names and these signs off ("Thanks, Sam"); "Coffee next week" does not. */
const CLOSING_CORE: ReadonlySet<string> = new Set([
  'best', 'regards', 'regard', 'thanks', 'thank', 'cheers', 'sincerely', 'warmly', 'wishes', 'care', 'respectfully', 'truly',
  'forward', 'pressure', 'have', 'talk', 'hear', 'hearing', 'thx', 'tks', 'ta', 'cordially', 'onward', 'onwards', 'yours',
]);

function isSignOff(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => !isMark(t));
  // A question is never a sign-off ("Coffee?").
  if (words.length === 0 || words.length > MAX_SIGN_OFF_WORDS || tokens.some((t) => t.text === '?')) return false;
  const isName = (t: Token) => (t.slot ? t.slot.kind === 'self' || t.slot.kind === 'other' : t.capitalized && (t.pos === 'PROPN' || t.pos === 'X'));
  const isClosing = (t: Token) => !t.slot && (CLASS_SETS.closing.has(t.lemma) || CLASS_SETS.closing.has(t.text));
  if (!words.every((t) => isName(t) || isClosing(t))) return false;
  return words.every(isName) || words.some((t) => !t.slot && (CLOSING_CORE.has(t.lemma) || CLOSING_CORE.has(t.text)));
}
