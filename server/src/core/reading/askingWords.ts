/**
 * The words an ask to connect is made of, and nothing else: what a note
 * that only asks to connect consists of, whatever its wording ("I would be
 * happy to be your connection", "please add me as a connection").
 */
import type { Token } from './token';

/** Parts of speech that carry no message of their own. */
const FUNCTION_POS: ReadonlySet<string> = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'PRON', 'INTJ', 'PUNCT', 'SYM', 'SPACE']);
/** Content words an ask to connect is dressed in ("I'd be really happy to connect here on LinkedIn"). */
const ASK_WORDS: ReadonlySet<string> = new Set([
  'want', 'like', 'love', 'wish', 'happy', 'glad', 'great', 'good', 'nice', 'keen', 'eager', 'honored', 'honoured', 'pleased',
  'delighted', 'thrilled', 'excited', 'look', 'forward', 'welcome', 'let', 'invite', 'please', 'accept', 'add', 'join', 'stay',
  'keep', 'touch', 'connect', 'linkedin', 'here', 'too', 'also', 'just', 'really', 'platform', 'open', 'network', 'professional',
  'request', 'invitation', 'soon', 'definitely', 'sure', 'wonderful', 'awesome', 'cool', 'fine', 'hope', 'would', 'kindly', 'now',
  'today', 'lovely', 'there', 'pleasure', 'honor', 'honour', 'privilege', 'delight', 'appreciate', 'friend', 'buddy', 'connection',
  'contact', 'connected', 'consider', 'mind', 'greetings', 'chance', 'opportunity', 'seem', 'thought', 'think', 'reach', 'out', 'get',
  'up', 'well', 'again', 'maybe', 'perhaps', 'morning', 'afternoon', 'evening', 'professionally', 'admirer', 'fan', 'long', 'time',
  'big', 'figure', 'figured',
]);

/** Words that name connecting itself; a sentence of asking words holding one of them asks to connect. */
const CONNECTING: ReadonlySet<string> = new Set(['connect', 'connection', 'connected', 'network', 'networking', 'linkedin', 'add', 'link', 'contact']);

/** True for a word that carries no message beyond asking to connect (a name's slot included). */
export function isAskingWord(t: Token): boolean {
  if (t.slot) return t.slot.kind === 'name' || t.slot.kind === 'self';
  return FUNCTION_POS.has(t.pos) || ASK_WORDS.has(t.lemma) || ASK_WORDS.has(t.text);
}

/** True for a word that names connecting. */
export function namesConnecting(t: Token): boolean {
  return !t.slot && (CONNECTING.has(t.lemma) || CONNECTING.has(t.text));
}
