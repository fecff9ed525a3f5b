import { quotedContacts, whichContacts } from '../contactList';
import { contactTextIssues } from '../contactTextIssues';
import { contactValue, type ContactSet } from '../contacts';
import { excerpt } from '../excerpt';
import { contactExpansions, type Expansion } from '../expand';
import { CLEANED_FIELDS } from '../fields';
import type { Fix } from '../fix';
import type { Finding, Rule } from '../rule';
import { parseTemplate, type Placeholder, type Template } from '../template';
import { textIssues, textIssueText, type TextIssue, type TextIssueKind } from '../textIssues';

/** The contacts one kind of issue happens to at one placeholder, in file order. */
interface Group {
  readonly placeholder: number;
  readonly kind: TextIssueKind;
  readonly contacts: number[];
}

/** The `expanded-text` rule (docs/rules/expanded-text.md). */
export const expandedText: Rule = {
  meta: {
    id: 'expanded-text',
    description: 'Text that breaks where a contact\'s value meets the template ("Inc..", "at at", "Jane ,", a sentence starting in lower case).',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    rationale:
      'A template can read well and still send "the team at Acme Corp.." or "at at the summit" to the one person who matters: a slip in the first line of a personal note reads as a mail merge. Use a cleaned field ({{company-short}}, {{name}}) or move the punctuation.',
  },
  check(template, { contacts }) {
    if (!contacts || contacts.size === 0 || template.placeholders.length === 0) return [];
    const groups = new Map<string, Group>();
    contactTextIssues(template, contacts).forEach((issues, contact) => {
      for (const issue of issues ?? []) {
        const key = `${issue.placeholder}:${issue.kind}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { placeholder: issue.placeholder, kind: issue.kind, contacts: [] }));
        if (group.contacts[group.contacts.length - 1] !== contact) group.contacts.push(contact);
      }
    });
    const notes = contactNotes(template, contacts);
    return [...groups.values()].map((group) => finding(template, contacts, group, notes));
  },
  contactsJudged(template, { contacts }) {
    return contacts && template.placeholders.length > 0 ? contactTextIssues(template, contacts).keys() : [];
  },
};

/** A contact's note and where each issue first is in it, keyed `placeholder:kind`. */
interface ContactNote {
  readonly expansion: Expansion;
  readonly firstIssue: ReadonlyMap<string, TextIssue>;
}

/** Each contact's note with its issues, built once per check however many findings quote it. */
function contactNotes(template: Template, contacts: ContactSet): (contact: number) => ContactNote {
  const expansionOf = contactExpansions(template, contacts);
  const notes = new Map<number, ContactNote>();
  return (contact) => {
    let note = notes.get(contact);
    if (note) return note;
    const expansion = expansionOf(contact);
    const firstIssue = new Map<string, TextIssue>();
    for (const issue of textIssues(expansion)) {
      const key = `${issue.placeholder}:${issue.kind}`;
      if (!firstIssue.has(key)) firstIssue.set(key, issue);
    }
    notes.set(contact, (note = { expansion, firstIssue }));
    return note;
  };
}

function finding(template: Template, contacts: ContactSet, group: Group, notes: (contact: number) => ContactNote): Finding {
  const p = template.placeholders[group.placeholder];
  // The contact's note, quoted around the first place the issue is.
  const quote = (contact: number) => {
    const { expansion, firstIssue } = notes(contact);
    const issue = firstIssue.get(`${group.placeholder}:${group.kind}`)!;
    return excerpt(expansion.text, issue.start, issue.end);
  };
  return {
    start: p.start,
    end: p.end,
    message: `${textIssueText(group.kind, p.field)} for ${whichContacts(contacts, group.contacts)}: "${quote(group.contacts[0])}".`,
    related: quotedContacts(contacts, group.contacts, quote),
    suggestions: [cleanedFieldFix(template, contacts, group), punctuationFix(template, contacts, group)].filter((f): f is Fix => f !== undefined),
  };
}

/**
 * "Use {{company-short}}": offered when the placeholder's cleaned field
 * (CLEANED_FIELDS) has a value for every contact in the group and their
 * notes no longer have the issue there. The template with the fix applied
 * is read like any other (contactTextIssues), so templates that share the
 * text around the placeholder share the answer.
 */
function cleanedFieldFix(template: Template, contacts: ContactSet, group: Group): Fix | undefined {
  const p = template.placeholders[group.placeholder];
  const cleaned = CLEANED_FIELDS.get(p.field);
  if (!cleaned || !contacts.columns.has(cleaned)) return undefined;
  const edit = { start: p.fieldSpan.start, end: p.fieldSpan.end, text: cleaned };
  const fixedIssues = contactTextIssues(parseTemplate(template.text.slice(0, edit.start) + edit.text + template.text.slice(edit.end)), contacts);
  const fixed = group.contacts.every(
    (contact) => contactValue(contacts, contact, cleaned) !== '' && !(fixedIssues.get(contact) ?? []).some((i) => i.placeholder === group.placeholder && i.kind === group.kind),
  );
  if (!fixed) return undefined;
  const first = group.contacts[0];
  return {
    title: `Use {{${cleaned}}} ("${contactValue(contacts, first, p.field)}" → "${contactValue(contacts, first, cleaned)}")`,
    edits: [edit],
  };
}

/**
 * "Remove the "." after {{reason}}": offered when the template puts
 * punctuation right after a placeholder that ends with its own for every
 * contact (each has a value or the fallback, ending in . ! or ?).
 */
function punctuationFix(template: Template, contacts: ContactSet, group: Group): Fix | undefined {
  if (group.kind !== 'doubled-punctuation') return undefined;
  const p = template.placeholders[group.placeholder];
  const after = template.text.charAt(p.end);
  if (p.end >= template.body.end || !/[.,;:!?]/.test(after)) return undefined;
  for (let i = 0; i < contacts.size; i++) if (!/[.!?]$/.test(filled(p, contactValue(contacts, i, p.field)))) return undefined;
  return { title: `Remove the "${after}" after {{${p.field}}} (every value ends with its own)`, edits: [{ start: p.end, end: p.end + 1, text: '' }] };
}

/** What a placeholder is filled with for a contact whose value is `value`. */
function filled(p: Placeholder, value: string): string {
  return value || (p.fallback ?? '');
}
