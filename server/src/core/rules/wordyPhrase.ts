import { findPhrases } from '../phraseSearch';
import { matchCase } from '../noteEdits';
import type { Edit } from '../fix';
import type { Rule, RuleContext } from '../rule';
import type { Template } from '../template';

/** Each wordy phrase in the note as an edit to its shorter form. */
export function shortenings(template: Template, { facts, phrases }: RuleContext): Edit[] {
  const byPhrase = new Map(phrases.wordy.map((w) => [w.phrase.toLowerCase(), w.replacement]));
  const literal = facts.literalText();
  const offset = template.body.start;
  // "Yes, I am." must stay whole: only shorten a phrase that more words follow.
  const followed = (end: number) => /^[ \t]+[\p{L}\p{N}{]/u.test(literal.slice(end - offset, end - offset + 3)) || template.text.startsWith('{{', end + 1);
  return findPhrases(literal, phrases.wordy.map((w) => w.phrase), offset).filter((m) => followed(m.end)).map((m) => {
    const original = template.text.slice(m.start, m.end);
    return { start: m.start, end: m.end, text: matchCase(original, byPhrase.get(m.phrase.toLowerCase()) ?? original) };
  });
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
    return shortenings(template, context).map((edit) => {
      const original = template.text.slice(edit.start, edit.end);
      return {
        start: edit.start,
        end: edit.end,
        message: `"${original}" can be "${edit.text}" (saves ${original.length - edit.text.length} characters).`,
        fix: { title: `Replace with "${edit.text}"`, edits: [edit] },
      };
    });
  },
};
