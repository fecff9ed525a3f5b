import type { Rule } from '../rule';

/** The `contacts-file` rule (docs/rules/contacts-file.md). */
export const contactsFile: Rule = {
  meta: {
    id: 'contacts-file',
    description: 'The contacts file the template asks for cannot be used (not found, outside the folder, unreadable), so lengths are estimates.',
    defaultSeverity: 'warning',
    fixable: false,
    rationale:
      'Without its contacts a template is checked with typical field lengths: a note that overflows for a contact with a long name, or a gap where a contact has no value, goes unnoticed. Name a file that exists inside the folder.',
    needsNote: false,
  },
  check(template, { contactsProblem }) {
    if (contactsProblem === undefined) return [];
    // On the front matter's `contacts:` value when it named the file, else where the note begins.
    const entry = template.frontMatter?.entries.find((e) => e.key === 'contacts');
    const span = entry?.valueSpan ?? { start: template.body.start, end: template.body.start };
    return [{ ...span, message: `${contactsProblem} Checked without contacts: lengths are estimates.` }];
  },
};
