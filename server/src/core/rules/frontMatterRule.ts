import { closest, distance } from 'fastest-levenshtein';
import { FRONT_MATTER_KEYS, isLimit } from '../config';
import { isFieldName } from '../fields';
import { SEVERITIES, isSeverity } from '../severity';
import type { Finding, Rule } from '../rule';

/** The `front-matter` rule (docs/rules/front-matter.md). */
export const frontMatterRule: Rule = {
  meta: {
    id: 'front-matter',
    description: 'Front matter that is not valid YAML, or has an unknown key or a bad value.',
    defaultSeverity: 'error',
    fixable: false,
    rationale: 'A setting that cannot be read is ignored, so the file is checked with defaults you did not intend.',
    needsNote: false,
  },
  check(template, { ruleIds }) {
    const fm = template.frontMatter;
    if (!fm) return [];
    const out: Finding[] = fm.syntaxErrors.map((e) => ({ ...e.span, message: e.message }));
    const knownRule = (id: unknown, span: { start: number; end: number }) => {
      if (typeof id === 'string' && ruleIds.includes(id)) return;
      const guess = typeof id === 'string' ? didYouMean(id, ruleIds) : undefined;
      const hint = guess ? ` Did you mean ${guess}?` : '';
      out.push({ ...span, message: `Unknown rule ${JSON.stringify(id)}.${hint}` });
    };
    for (const entry of fm.entries) {
      const { key, value, keySpan, valueSpan, itemSpans } = entry;
      if (!FRONT_MATTER_KEYS.has(key)) {
        const guess = didYouMean(key, [...FRONT_MATTER_KEYS.keys()]);
        out.push({ ...keySpan, message: `Unknown front matter key "${key}".${guess ? ` Did you mean "${guess}"?` : ` Known keys: ${[...FRONT_MATTER_KEYS.keys()].join(', ')}.`}` });
        continue;
      }
      const expected = FRONT_MATTER_KEYS.get(key)!;
      const bad = () => out.push({ ...valueSpan, message: `"${key}" takes ${expected}.` });
      if (key === 'limit' && !isLimit(value)) bad();
      else if ((key === 'contacts' || key === 'sample') && (typeof value !== 'string' || !value.trim())) bad();
      else if (key === 'columns') {
        if (!value || typeof value !== 'object' || Array.isArray(value)) bad();
        else for (const [field, header] of Object.entries(value)) {
          const span = itemSpans.get(field) ?? valueSpan;
          if (!isFieldName(field)) out.push({ ...span, message: `"${field}" is not a field name: write it in kebab-case, like where-met.` });
          else if (typeof header !== 'string' || !header.trim()) out.push({ ...span, message: `The column for "${field}" must be a header, like Event.` });
        }
      } else if (key === 'disable') {
        if (typeof value === 'string') knownRule(value, valueSpan);
        else if (!Array.isArray(value)) bad();
        else value.forEach((id, i) => knownRule(id, itemSpans.get(String(i)) ?? valueSpan));
      } else if (key === 'rules') {
        if (!value || typeof value !== 'object' || Array.isArray(value)) bad();
        else for (const [id, sev] of Object.entries(value)) {
          const span = itemSpans.get(id) ?? valueSpan;
          knownRule(id, span);
          if (!isSeverity(sev)) out.push({ ...span, message: `Severity for "${id}" must be one of ${SEVERITIES.join(', ')}.` });
        }
      }
    }
    return out;
  },
};

/** The closest of `known` to `written`, when it is close enough to be a typo (a third of its length, at least 2 edits). */
function didYouMean(written: string, known: readonly string[]): string | undefined {
  const guess = closest(written, [...known]);
  return distance(written, guess) <= Math.max(2, Math.floor(written.length / 3)) ? guess : undefined;
}
