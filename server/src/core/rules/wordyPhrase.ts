import { plural } from '../plural';
import type { Rule } from '../rule';
import { shortenings } from '../shortenings';

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
