/**
 * Small edits several rules' fixes share: where to insert after the
 * greeting, how to remove a phrase without leaving debris, and case
 * matching for replacements.
 */
import type { Edit } from './fix';
import { sentenceAt, type NoteFacts } from './noteFacts';
import type { Span, Template } from './template';

/** Where text goes right after the greeting (past its spaces), or at the start of the note. */
export function afterGreeting(template: Template, facts: NoteFacts): number {
  const g = facts.greeting();
  const from = g ? g.end : template.body.start;
  return skipSpaces(template.text, from, template.body.end);
}

/** Edit inserting `text` after the greeting; adds a line break or space as the greeting's layout needs. */
export function insertAfterGreeting(template: Template, facts: NoteFacts, text: string): Edit {
  const g = facts.greeting();
  const at = afterGreeting(template, facts);
  if (g && at === g.end) return { start: at, end: at, text: ` ${text.trimEnd()}` };
  return { start: at, end: at, text };
}

/** Edit appending `text` to the note, separated by a space. */
export function appendToNote(template: Template, text: string): Edit {
  const end = template.body.end;
  let at = end;
  while (at > template.body.start && /[ \t]/.test(template.text[at - 1])) at--;
  return { start: at, end, text: at > template.body.start ? ` ${text}` : text };
}

// Words that carry nothing once a filler phrase is gone.
const FILLER_WORDS = new Set(['and', 'but', 'so', 'also', 'just', 'really', 'then', 'i', 'here', 'too', 'on', 'linkedin', 'with', 'you', 'now', 'today', 'thus', 'therefore', 'hence']);

/**
 * Edit removing the phrases at `spans` (all in one sentence) cleanly: the
 * whole sentence when nothing but filler would remain, otherwise the one
 * phrase at `target` with the "and"/comma that joins it to the rest.
 * Undefined when no cut would leave a sound sentence.
 */
export function removePhrase(template: Template, facts: NoteFacts, spans: readonly Span[], target: Span): Edit | undefined {
  const text = template.text;
  const sentence = sentenceAt(facts, target.start) ?? target;
  const g = facts.greeting();
  const contentStart = g && g.end > sentence.start && g.end <= target.start ? skipSpaces(text, g.end, sentence.end) : sentence.start;
  let rest = facts.literalText().slice(contentStart - template.body.start, sentence.end - template.body.start);
  for (const s of [...spans].sort((a, b) => b.start - a.start)) {
    if (s.start >= contentStart && s.end <= sentence.end) rest = rest.slice(0, s.start - contentStart) + ' ' + rest.slice(s.end - contentStart);
  }
  const hasPlaceholder = text.slice(contentStart, sentence.end).includes('{{');
  const words = rest.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
  if (!hasPlaceholder && words.every((w) => FILLER_WORDS.has(w.replace(/’/g, "'")))) {
    const after = skipSpaces(text, sentence.end, template.body.end);
    if (after < template.body.end && !/[\r\n]/.test(text[sentence.end] ?? '')) return { start: contentStart, end: after, text: '' };
    let before = contentStart;
    while (before > template.body.start && /[ \t]/.test(text[before - 1])) before--;
    return { start: before, end: sentence.end, text: '' };
  }
  // Part of a longer sentence: remove the phrase only where a joining word makes the cut clean.
  const joinerAfter = /^(?:\s*,)?\s+(?:and|but|so)\b\s*|^\s*,\s*/i.exec(text.slice(target.end, sentence.end));
  if (joinerAfter && target.start === contentStart) {
    const end = target.end + joinerAfter[0].length;
    const next = text[end] ?? '';
    const upper = contentStart === sentence.start && /\p{Ll}/u.test(next);
    return { start: target.start, end: upper ? end + 1 : end, text: upper ? next.toUpperCase() : '' };
  }
  const joinerBefore = /(?:,\s*|\s+(?:and|but|so)\s+)$/i.exec(text.slice(contentStart, target.start));
  if (joinerBefore && /^[\s.!?]*$/.test(text.slice(target.end, sentence.end))) {
    return { start: target.start - joinerBefore[0].length, end: target.end, text: '' };
  }
  return undefined;
}

/** `replacement` with its first letter upper-cased when `original`'s is. */
export function matchCase(original: string, replacement: string): string {
  if (/^\p{Lu}/u.test(original) && !/^\p{Lu}{2}/u.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

function skipSpaces(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && /[ \t]/.test(text[i])) i++;
  return i;
}
