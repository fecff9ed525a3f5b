/**
 * What the engine read in a note, for people: every move with its words,
 * and the checklist the preview shows (name, how you know them, why
 * connect, next step, no pitch). Hover, the preview and `invite-lint
 * explain` all show this; none of them reads the note itself.
 */
import type { NoteFacts } from './noteFacts';
import { MOVE_TITLES, type MoveKind } from './reading/moveKinds';
import type { Move } from './reading/readNote';
import type { Span } from './template';

export { MOVE_KINDS, MOVE_TITLES, type MoveKind } from './reading/moveKinds';
export type { Move } from './reading/readNote';

/** A move with its words as written; offsets as in template.ts. */
export interface ExplainedMove extends Span {
  readonly move: MoveKind;
  /** Which way of making the move ("met", "their-content", …). */
  readonly sense: string;
  /** What the words do, in a few words. */
  readonly says: string;
  /** The words, as written in the document. */
  readonly text: string;
}

/** The note's moves in document order, with their words. */
export function explainMoves(text: string, facts: NoteFacts): ExplainedMove[] {
  return facts.reading().moves.map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
}

/** The moves whose words overlap `[start, end)` (a sentence under the cursor, say), in document order. */
export function movesWithin(text: string, facts: NoteFacts, span: Span): ExplainedMove[] {
  return explainMoves(text, facts).filter((m) => m.start < Math.max(span.end, span.start + 1) && span.start < Math.max(m.end, m.start + 1));
}

/** One line of the preview's checklist. */
export interface ChecklistItem {
  readonly item: 'name' | 'context' | 'reason' | 'next-step' | 'no-pitch';
  /** What is checked ("How you know them"). */
  readonly label: string;
  readonly ok: boolean;
  /** The words that satisfy it (or, for no-pitch, that break it), as written. */
  readonly evidence?: string;
  /** One line on why it is ticked or not. */
  readonly detail: string;
}

/**
 * The checklist of a note: a name, how you know them, why you want to
 * connect, a next step, and no pitch or favour. Each ticked with the
 * words that show it, or marked missing.
 */
export function noteChecklist(text: string, facts: NoteFacts): ChecklistItem[] {
  const reading = facts.reading();
  const first = (kind: MoveKind): Move | undefined => reading.moves.find((m) => m.move === kind);
  const words = (m: Move | undefined) => (m ? text.slice(m.start, m.end) : undefined);
  const greeting = facts.greeting();
  const named = facts.greetsByName();
  const context = first('context');
  const reason = first('reason');
  const next = first('next-step');
  const pitch = reading.moves.find((m) => m.move === 'pitch' || m.move === 'favour');
  const purpose = facts.verdicts().statesPurpose;
  return [
    {
      item: 'name',
      label: 'Their name',
      ok: named,
      evidence: named && greeting && !greeting.bare ? text.slice(greeting.start, greeting.end).trim() : undefined,
      detail: named ? 'Greets them by name.' : 'No name: start with "Hi {{name}},".',
    },
    {
      item: 'context',
      label: 'How you know them',
      ok: context !== undefined,
      evidence: words(context),
      detail: context ? `${sentenceCase(context.says)}.` : 'Nothing says where you met, who you both know, or which of their work you saw.',
    },
    {
      item: 'reason',
      label: 'Why connect',
      ok: reason !== undefined,
      evidence: words(reason),
      detail: reason ? `${sentenceCase(reason.says)}.` : purpose ? 'Only a pitch says what you want; give them a reason of their own to accept.' : 'Nothing says why you want to connect.',
    },
    {
      item: 'next-step',
      label: 'A next step',
      ok: facts.hasNextStep(),
      evidence: words(next),
      detail: facts.hasNextStep() ? 'Proposes what happens next.' : 'Optional: a light question or offer invites a reply.',
    },
    {
      item: 'no-pitch',
      label: 'No pitch or favour',
      ok: pitch === undefined,
      evidence: words(pitch),
      detail: pitch ? `${pitch.move === 'favour' ? MOVE_TITLES.favour : MOVE_TITLES.pitch}: ${pitch.says}. Save it for after they accept.` : 'Asks nothing of them yet.',
    },
  ];
}

/** `text` with a capital first letter. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
