import type { Edit } from '../fix';
import type { NoteFacts } from '../noteFacts';
import type { PhraseBook } from '../phrases';
import { plural } from '../plural';
import type { Rule, RuleContext } from '../rule';
import type { Template } from '../template';

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
export function shortenings(template: Template, { facts, phrases }: RuleContext): Edit[] {
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

/** The `wordy-phrase` rule (docs/rules/wordy-phrase.md). */
export const wordyPhrase: Rule = {
  meta: {
    id: 'wordy-phrase',
    description: 'A long form with a shorter equivalent ("I would like to" → "I\'d like to").',
    defaultSeverity: 'hint',
    fixable: 'fix',
    rationale: 'Every character counts against the limit, and short notes are read to the end. Shorter forms say the same thing.',
  },
  check(template, context) {
    // A long note repeats the same few phrases: their message and fix title are built once and shared.
    const wording = new Map<string, { message: string; title: string }>();
    // Shortenings are in document order: only the first maxFindings can be reported.
    return shortenings(template, context).slice(0, context.maxFindings).map((edit) => {
      const original = template.text.slice(edit.start, edit.end);
      let words = wording.get(original);
      if (!words) {
        words = { message: `"${original}" can be "${edit.text}" (saves ${plural(original.length - edit.text.length, 'character')}).`, title: `Replace with "${edit.text}"` };
        wording.set(original, words);
      }
      return { start: edit.start, end: edit.end, message: words.message, fix: { title: words.title, edits: [edit] } };
    });
  },
};
