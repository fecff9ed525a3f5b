/**
 * The wordy phrases of a note (phrases.ts, `wordy`) as edits to their
 * shorter forms, kept once per lint: the wordy-phrase rule offers each,
 * and max-length offers them all at once.
 */
import type { Edit } from './fix';
import type { NoteFacts } from './noteFacts';
import type { PhraseBook } from './phrases';
import type { RuleContext } from './rule';
import type { Template } from './template';

/** A replacement as written plain and with its first letter capitalised ("to", "To"). */
interface Replacement {
  readonly plain: string;
  readonly capitalised: string;
}

/** Each wordy list's phrases → their replacements, built once per list. */
const replacementLists = new WeakMap<PhraseBook['wordy'], ReadonlyMap<string, Replacement>>();
/** Shortenings per lint run: wordy-phrase and max-length both ask. */
const cache = new WeakMap<NoteFacts, Edit[]>();

/** Each wordy phrase in the note as an edit to its shorter form. */
export function shortenings(template: Template, { facts, phrases }: Pick<RuleContext, 'facts' | 'phrases'>): Edit[] {
  const cached = cache.get(facts);
  if (cached) return cached;
  const replacements = replacementsOf(phrases.wordy);
  const { text } = template;
  const literal = facts.literalText();
  const offset = template.body.start;
  const edits: Edit[] = [];
  for (const m of facts.wordyFound()) {
    // "Yes, I am." must stay whole: only shorten a phrase that more words follow.
    if (!followed(literal, m.end - offset) && !text.startsWith('{{', m.end + 1)) continue;
    const replacement = replacements.get(m.phrase);
    const shorter = replacement === undefined ? text.slice(m.start, m.end) : capitalised(text, m.start, m.end) ? replacement.capitalised : replacement.plain;
    edits.push({ start: m.start, end: m.end, text: shorter });
  }
  cache.set(facts, edits);
  return edits;
}

function replacementsOf(wordy: PhraseBook['wordy']): ReadonlyMap<string, Replacement> {
  let replacements = replacementLists.get(wordy);
  if (!replacements) {
    const byPhrase = new Map(wordy.map((w) => [w.phrase.toLowerCase(), w.replacement]));
    const made = new Map<string, Replacement>();
    for (const { phrase } of wordy) {
      const plain = byPhrase.get(phrase.toLowerCase())!;
      made.set(phrase, { plain, capitalised: plain.charAt(0).toUpperCase() + plain.slice(1) });
    }
    replacementLists.set(wordy, (replacements = made));
  }
  return replacements;
}

/** True when `text[start, end)` is written like "Word" (a capital, then not a capital), without slicing it. */
function capitalised(text: string, start: number, end: number): boolean {
  const first = text.codePointAt(start)!;
  if (!isUpperCase(first)) return false;
  const next = start + (first > 0xffff ? 2 : 1);
  return next >= end || !isUpperCase(text.codePointAt(next)!);
}

function isUpperCase(codePoint: number): boolean {
  if (codePoint < 0x80) return codePoint >= 0x41 && codePoint <= 0x5a;
  return /\p{Lu}/u.test(String.fromCodePoint(codePoint));
}

/** True when one or two spaces or tabs and then a letter, digit or `{` follow `at` in `literal`. */
function followed(literal: string, at: number): boolean {
  const space = literal.charCodeAt(at);
  if (space !== 32 && space !== 9) return false;
  // The common case, a space and an ASCII letter, needs no slice.
  const next = literal.charCodeAt(at + 1) | 0x20;
  if (next >= 0x61 && next <= 0x7a) return true;
  return /^[ \t]+[\p{L}\p{N}{]/u.test(literal.slice(at, at + 3));
}
