import { contactList } from '../contactList';
import { contactsMissing, hasField } from '../contacts';
import { STANDARD_FIELDS } from '../fields';
import type { Rule } from '../rule';

/** The `missing-value` rule (docs/rules/missing-value.md). */
export const missingValue: Rule = {
  meta: {
    id: 'missing-value',
    description: 'Some contacts have no value for a placeholder that has no fallback.',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    rationale: 'Where a contact has no value the note gets a hole ("we met at ."). Give the placeholder a fallback with {{field | text}}, or fill the column.',
  },
  check(template, { contacts }) {
    if (!contacts || contacts.size === 0) return [];
    return template.placeholders
      .filter((p) => p.fallback === undefined && (hasField(contacts, p.field) || STANDARD_FIELDS.has(p.field)))
      .flatMap((p) => {
        const missing = contactsMissing(contacts, p.field);
        if (missing.length === 0) return [];
        const fallback = STANDARD_FIELDS.get(p.field)?.fallback ?? '';
        return [{
          start: p.start,
          end: p.end,
          message: `${missing.length} of ${contacts.size} contacts ${missing.length === 1 ? 'has' : 'have'} no ${p.field} (${contactList(contacts, missing)}): their note would have a gap here.`,
          suggestions: [{ title: `Add a fallback: {{${p.field} | ${fallback}}}`, edits: [{ start: p.fieldSpan.end, end: p.end - 2, text: ` | ${fallback}` }] }],
        }];
      });
  },
};
