/**
 * The text the tagger reads, built from a note body: each slot becomes a
 * stand-in word of its kind (so "{{where-met}}" reads as a noun, "[Name]"
 * as a name), curly apostrophes become straight ones, and a line break
 * inside a sentence (a template wrapped by hand) becomes a space. Keeps
 * the map back to document offsets.
 */
import type { Span, Template } from '../template';
import type { Slot, SlotKind } from './slots';

/** A run of the reading text and where it came from in the document. */
interface Piece {
  /** Start in the reading text. */
  readonly at: number;
  /** Start in the document. */
  readonly docStart: number;
  /** For a slot: the slot; its stand-in maps to the whole slot span. */
  readonly slot?: Slot;
  /** For text the reading added (a period after a sentence slot): maps to this empty document span. */
  readonly added?: boolean;
}

/** The reading text of a note and its map back to the document. */
export interface ReadingText {
  readonly text: string;
  /** Document offsets of the line breaks that end a sentence. */
  readonly hardBreaks: readonly number[];
  /** The document span of the reading span `[start, end)`, and the slot it lies in, if any. */
  toDocument(start: number, end: number): { readonly span: Span; readonly slot?: Slot };
}

/** Stand-in words: a name where a name goes, a proper noun for anything else. */
const STAND_IN: Partial<Record<SlotKind, string>> = { name: 'Alex', self: 'Sam', mutual: 'Jordan' };
const DEFAULT_STAND_IN = 'Acme';
/** Slots whose value is a sentence of its own ("{{reason}} {{next-step}}"). */
const SENTENCE_SLOTS: ReadonlySet<SlotKind> = new Set(['reason', 'next-step', 'pitch']);

/** Words after which a line break cannot end a sentence ("… to join my network on\nLinkedIn"). */
const CONTINUING_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'but', 'about', 'from', 'by', 'as', 'my', 'your',
  'our', 'their', 'be', 'is', 'are', 'am', 'was', 'were', 'that', 'this', 'into', 'like', 'than', "i'm", 'currently',
]);

/**
 * How much of a note is read (UTF-16 code units). LinkedIn's box holds 300
 * characters; a template this long is not a note anyone sends, and max-length
 * says so. Past this the reading stops, so a huge file stays quick to check.
 */
export const READ_LIMIT = 20_000;

/** A word longer than this is read by its first MAX_WORD characters only (the tagger slows down on one huge token). */
const MAX_WORD = 40;

/** Builds the reading text of `template`'s body with `slots` (document order, disjoint). */
export function readingText(template: Template, slots: readonly Slot[]): ReadingText {
  const body = { start: template.body.start, end: Math.min(template.body.end, template.body.start + READ_LIMIT) };
  // Unwrapping keeps every offset, so the pieces below slice the unwrapped body with document offsets.
  const { text: unwrappedBody, hardBreaks: breaks } = unwrap(template.text.slice(body.start, body.end));
  const text = template.text.slice(0, body.start) + unwrappedBody;
  const hardBreaks = breaks.map((b) => b + body.start);
  const parts: string[] = [];
  const pieces: Piece[] = [];
  let length = 0;
  const push = (piece: Omit<Piece, 'at'>, written: string) => {
    pieces.push({ ...piece, at: length });
    parts.push(written);
    length += written.length;
  };
  let cursor = body.start;
  for (const slot of slots) {
    if (slot.end > body.end) break;
    if (slot.start > cursor) push({ docStart: cursor }, literal(text.slice(cursor, slot.start)));
    push({ docStart: slot.start, slot }, STAND_IN[slot.kind] ?? DEFAULT_STAND_IN);
    if (SENTENCE_SLOTS.has(slot.kind) && !/^[ \t]*[.!?,;:)]/.test(text.slice(slot.end, slot.end + 8))) push({ docStart: slot.end, added: true }, '.');
    cursor = slot.end;
  }
  if (body.end > cursor) push({ docStart: cursor }, literal(text.slice(cursor, body.end)));
  const joined = parts.join('');

  /** The piece containing reading offset `at` (binary search). */
  const pieceAt = (at: number): Piece => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid].at <= at) lo = mid;
      else hi = mid - 1;
    }
    return pieces[lo];
  };
  const docOffset = (piece: Piece, at: number) => (piece.slot ? piece.slot.start : piece.added ? piece.docStart : piece.docStart + (at - piece.at));
  return {
    text: joined,
    hardBreaks,
    toDocument(start, end) {
      const first = pieceAt(start);
      const last = pieceAt(Math.max(start, end - 1));
      const docStart = docOffset(first, start);
      const docEnd = last.slot ? last.slot.end : last.added ? last.docStart : last.docStart + (end - last.at);
      return { span: { start: docStart, end: Math.max(docStart, docEnd) }, slot: first === last ? first.slot : undefined };
    },
  };
}

/**
 * Literal note text as the tagger should see it: the same length, curly
 * apostrophes and quotes made straight, and the tail of an overlong word
 * made spaces.
 */
function literal(written: string): string {
  return written
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(LONG_WORD, (word) => word.slice(0, MAX_WORD) + ' '.repeat(word.length - MAX_WORD));
}

const LONG_WORD = new RegExp(`\\S{${MAX_WORD + 1},}`, 'g');

/**
 * Replaces each line break that falls inside a sentence with a space (same
 * length) and lists the others. A break ends a sentence after . ! ? : , ;
 * or a closing bracket, at a blank line, or before a capital that does not
 * follow a word like "to" or "the".
 */
function unwrap(text: string): { text: string; hardBreaks: number[] } {
  const hardBreaks: number[] = [];
  const out = text.replace(/[ \t]*(\r\n|\r|\n)/g, (match, br: string, offset: number) => {
    const at = offset + match.length - br.length;
    if (continuesSentence(text, offset, at + br.length)) return ' '.repeat(match.length);
    hardBreaks.push(at);
    return match;
  });
  return { text: out, hardBreaks };
}

/** Whether the text before `lineEnd` and after `nextStart` is one sentence wrapped over two lines. */
function continuesSentence(text: string, lineEnd: number, nextStart: number): boolean {
  const before = text.slice(Math.max(0, lineEnd - 40), lineEnd);
  const after = text.slice(nextStart, nextStart + 2);
  if (before.trim() === '' || /^[ \t]*(\r\n|\r|\n)/.test(after) || after === '') return false;
  if (/[.!?:,;)\]*"'—–-]\s*$/.test(before) && !/[\]]\s*$/.test(before)) return false;
  if (/^[\p{Ll}\d[{<(]/u.test(after)) return true;
  const lastWord = /([\p{L}']+)\s*$/u.exec(before)?.[1]?.toLowerCase();
  return lastWord !== undefined && CONTINUING_WORDS.has(lastWord);
}
