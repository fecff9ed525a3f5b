/**
 * What the etiquette rules conclude from a reading, in one place because
 * more than one rule needs each answer: which asks are canned, which
 * sentences are filler, whether the note states a reason. Rules turn these
 * into findings and fixes; none of them reads the text itself.
 */
import type { Span } from '../template';
import type { Move, NoteReading } from './readNote';
import { isAskingWord } from './askingWords';
import { SOFT_FILLER } from './moves';
import { MET } from './moveSense';

/** Moves that may surround a bare ask without making it a note of its own. */
const EMPTY_MOVES: ReadonlySet<string> = new Set(['greeting', 'sign-off', 'connect-ask']);

/** The verdicts of one reading, each computed once. */
export interface Verdicts {
  /** Stock invitation text, and every ask of a note that says nothing but "let's connect". Document order. */
  readonly canned: readonly Move[];
  /** Filler, bare asks and a pitch that could go to anyone, without what `canned` holds. Document order. */
  readonly generic: readonly GenericFinding[];
  /**
   * A reason, a pitch or favour (which says what the sender wants, if not why they should accept), or
   * a meeting or work together: someone you met needs only to be reminded where; a reason is welcome
   * but not owed.
   */
  readonly statesPurpose: boolean;
}

/** A generic finding and what kind it is (its message depends on it). */
export interface GenericFinding extends Span {
  readonly kind: 'filler' | 'bare-ask' | 'mass-pitch';
  readonly move: Move;
}

const cache = new WeakMap<NoteReading, Verdicts>();

/** The verdicts for `reading`, computed once per reading. */
export function verdictsOf(reading: NoteReading): Verdicts {
  let verdicts = cache.get(reading);
  if (verdicts) return verdicts;
  const hasContext = reading.has('context');
  const hasReason = reading.has('reason');
  const stock = reading.moves.filter((m) => m.sense === 'stock' || m.sense === 'user-canned');
  const bare = stock.length === 0 && saysOnlyConnect(reading);
  const canned = bare ? reading.movesOf('connect-ask') : stock;
  const overlapsCanned = (m: Span) => canned.some((c) => c.start < m.end && m.start < c.end);
  const generic: GenericFinding[] = [];
  for (const move of reading.moves) {
    if (overlapsCanned(move)) continue;
    if (move.move === 'filler' && (!SOFT_FILLER.has(move.sense) || !hasContext || !hasReason)) generic.push({ start: move.start, end: move.end, kind: 'filler', move });
    else if (move.move === 'connect-ask' && !hasContext && !hasReason) generic.push({ start: move.start, end: move.end, kind: 'bare-ask', move });
  }
  const pitch = reading.moves.find((m) => m.move === 'pitch' || m.move === 'favour');
  if (pitch && !hasContext && !overlapsCanned(pitch)) {
    generic.push({ start: pitch.start, end: pitch.end, kind: 'mass-pitch', move: pitch });
    generic.sort((a, b) => a.start - b.start);
  }
  verdicts = { canned, generic: withoutOverlaps(generic), statesPurpose: hasReason || reading.has('pitch') || reading.has('favour') || reading.moves.some((m) => MET.includes(m.sense)) };
  cache.set(reading, verdicts);
  return verdicts;
}

/**
 * True when the note asks to connect and says nothing else: every content
 * word past the greeting is part of an ask, a pleasantry or the sign-off.
 */
function saysOnlyConnect(reading: NoteReading): boolean {
  if (!reading.has('connect-ask')) return false;
  return reading.sentences.every((sentence) => {
    const covering = sentence.moves.filter((m) => EMPTY_MOVES.has(m.move) || m.sense === 'pleasantry');
    return sentence.tokens.slice(sentence.contentStart).every((t) => {
      if (covering.some((m) => m.start <= t.start && t.end <= m.end)) return true;
      return isAskingWord(t);
    });
  });
}

/** The findings, sorted, without one that starts inside the one before. */
function withoutOverlaps(sorted: readonly GenericFinding[]): GenericFinding[] {
  const out: GenericFinding[] = [];
  for (const f of sorted) if (!out.length || out[out.length - 1].end <= f.start) out.push(f);
  return out;
}
