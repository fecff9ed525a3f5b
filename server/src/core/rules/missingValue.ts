import { contactList } from '../contactList';
import { contactName, contactsMissing, hasField, type ContactSet } from '../contacts';
import { STANDARD_FIELDS } from '../fields';
import type { Rule } from '../rule';
import type { Placeholder, Template } from '../template';

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
    return gapPlaceholders(template, contacts).flatMap((p) => {
      const missing = contactsMissing(contacts, p.field);
      if (missing.length === 0) return [];
      const fallback = STANDARD_FIELDS.get(p.field)?.fallback ?? '';
      // One contact: the note checked for that contact (lintContact).
      const message = contacts.size === 1
        ? `${contactName(contacts, 0)} has no ${p.field}: the note would have a gap here.`
        : `${missing.length} of ${contacts.size} contacts ${missing.length === 1 ? 'has' : 'have'} no ${p.field} (${contactList(contacts, missing)}): their note would have a gap here.`;
      return [{
        start: p.start,
        end: p.end,
        message,
        suggestions: [{ title: `Add a fallback: {{${p.field} | ${fallback}}}`, edits: [{ start: p.fieldSpan.end, end: p.end - 2, text: ` | ${fallback}` }] }],
      }];
    });
  },
  contactsJudged(template, { contacts }) {
    return contacts ? gapPlaceholders(template, contacts).flatMap((p) => contactsMissing(contacts, p.field)) : [];
  },
};

/** The placeholders that leave a gap where a contact has no value: no fallback, and a field the contacts have (or a standard one). */
function gapPlaceholders(template: Template, contacts: ContactSet): Placeholder[] {
  return template.placeholders.filter((p) => p.fallback === undefined && (hasField(contacts, p.field) || STANDARD_FIELDS.has(p.field)));
}
