import { distance } from 'fastest-levenshtein';
import { knownFields, standardFieldFor } from '../fields';
import type { Rule } from '../rule';

/** Known names within this edit distance are offered as "did you mean". */
const MAX_DISTANCE = 2;

/** The `unknown-placeholder` rule (docs/rules/unknown-placeholder.md). */
export const unknownPlaceholder: Rule = {
  meta: {
    id: 'unknown-placeholder',
    description: 'A placeholder that is neither a standard field nor a column of the contacts file.',
    defaultSeverity: 'error',
    fixable: 'suggestion',
    rationale: 'An unknown placeholder expands to nothing, leaving a gap in every note. Use a standard field or a column of your contacts file.',
  },
  check(template, { contacts }) {
    const known = knownFields(contacts);
    const knownSet = new Set(known);
    const guesses = new Map<string, string[]>();
    return template.placeholders
      .filter((p) => !knownSet.has(p.field))
      .map((p) => {
        let candidates = guesses.get(p.field);
        if (!candidates) guesses.set(p.field, (candidates = didYouMean(p.field, known)));
        const where = contacts ? `nor a column of ${contacts.source}` : '(no contacts file is loaded)';
        const hint = candidates.length ? ` Did you mean {{${candidates[0]}}}?` : '';
        return {
          start: p.fieldSpan.start,
          end: p.fieldSpan.end,
          message: `Unknown placeholder {{${p.field}}}: not a standard field ${where}.${hint}`,
          suggestions: candidates.map((name) => ({ title: `Change to {{${name}}}`, edits: [{ start: p.fieldSpan.start, end: p.fieldSpan.end, text: name }] })),
        };
      });
  },
};

/** Up to three known fields `field` was probably meant to be: its alias first, then the closest by edit distance. */
function didYouMean(field: string, known: readonly string[]): string[] {
  const alias = standardFieldFor(field);
  const ranked = known
    .map((name) => ({ name, d: distance(name, field) }))
    .filter((c) => c.d <= MAX_DISTANCE)
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .map((c) => c.name);
  return [...new Set([...(alias ? [alias] : []), ...ranked])].slice(0, 3);
}
