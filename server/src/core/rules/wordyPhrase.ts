import { findPhrases } from '../phraseSearch';
import { matchCase } from '../noteEdits';
import type { Edit } from '../fix';
import type { NoteFacts } from '../noteFacts';
import type { PhraseBook } from '../phrases';
import type { Rule, RuleContext } from '../rule';
import type { Template } from '../template';

/** Each wordy list's phrases and replacements, built once per list (findPhrases caches its pattern by list). */
const lists = new WeakMap<PhraseBook['wordy'], { phrases: string[]; byPhrase: Map<string, string> }>();
/** Shortenings per lint run: wordy-phrase and max-length both ask. */
const cache = new WeakMap<NoteFacts, Edit[]>();

/** Each wordy phrase in the note as an edit to its shorter form. */
export function shortenings(template: Template, { facts, phrases }: RuleContext): Edit[] {
  const cached = cache.get(facts);
  if (cached) return cached;
  let list = lists.get(phrases.wordy);
  if (!list) {
    list = { phrases: phrases.wordy.map((w) => w.phrase), byPhrase: new Map(phrases.wordy.map((w) => [w.phrase.toLowerCase(), w.replacement])) };
    lists.set(phrases.wordy, list);
  }
  const { text } = template;
  const literal = facts.literalText();
  const offset = template.body.start;
  const edits: Edit[] = [];
  for (const m of findPhrases(literal, list.phrases, offset)) {
    // "Yes, I am." must stay whole: only shorten a phrase that more words follow.
    if (!followed(literal, m.end - offset) && !text.startsWith('{{', m.end + 1)) continue;
    const written = text.startsWith(m.phrase, m.start) ? m.phrase : text.slice(m.start, m.end);
    const replacement = list.byPhrase.get(m.phrase.toLowerCase());
    edits.push({ start: m.start, end: m.end, text: replacement === undefined ? written : matchCase(written, replacement) });
  }
  cache.set(facts, edits);
  return edits;
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
    return shortenings(template, context).map((edit) => {
      const original = template.text.slice(edit.start, edit.end);
      let words = wording.get(original);
      if (!words) {
        words = { message: `"${original}" can be "${edit.text}" (saves ${original.length - edit.text.length} characters).`, title: `Replace with "${edit.text}"` };
        wording.set(original, words);
      }
      return { start: edit.start, end: edit.end, message: words.message, fix: { title: words.title, edits: [edit] } };
    });
  },
};
