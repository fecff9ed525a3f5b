import { quotedContacts, whichContacts } from '../contactList';
import { contactValue as valueOf, type ContactSet } from '../contacts';
import { excerpt } from '../excerpt';
import { contactExpansions, type Expansion } from '../expand';
import { CLEANED_FIELDS } from '../fields';
import type { Fix } from '../fix';
import type { Finding, Rule } from '../rule';
import type { Placeholder, Template } from '../template';
import { fieldIssueGroups, fieldIssues, VALUE_ISSUE_TEXT, valueIssues, type ValueIssue } from '../valueIssues';

/** The `contact-value` rule (docs/rules/contact-value.md). */
export const contactValue: Rule = {
  meta: {
    id: 'contact-value',
    description: 'Values of the fields the template uses that read wrong in a note: a name in capitals, emoji or credentials in a name, a legal suffix, a title in capitals.',
    defaultSeverity: 'info',
    fixable: 'suggestion',
    rationale:
      'Contacts files hold names as people typed them into LinkedIn: "JOHN", "Priyanka 🌱", "Jane Smith, PhD", "Northwind Traders, Inc.". Pasted into a greeting they read as a mail merge. Greet with {{name}} and write {{company-short}}, which are cleaned, or fix the contacts file.',
  },
  check(template, { contacts }) {
    if (!contacts || contacts.size === 0) return [];
    const findings: Finding[] = [];
    const seen = new Set<string>();
    const expansionOf = contactExpansions(template, contacts);
    for (const p of template.placeholders) {
      if (seen.has(p.field)) continue;
      seen.add(p.field);
      for (const [issue, who] of fieldIssueGroups(contacts, p.field)) findings.push(finding(template, contacts, p, issue, who, expansionOf));
    }
    return findings;
  },
  *contactsJudged(template, { contacts }) {
    if (!contacts) return;
    for (const field of new Set(template.placeholders.map((p) => p.field))) {
      const issues = fieldIssues(contacts, field);
      for (let i = 0; i < issues.length; i++) if (issues[i]) yield i;
    }
  },
};

function finding(template: Template, contacts: ContactSet, p: Placeholder, issue: ValueIssue, who: readonly number[], expansionOf: (contact: number) => Expansion): Finding {
  const quote = (contact: number) => {
    const expansion = expansionOf(contact);
    const segment = expansion.segments.find((s) => s.source.start === p.start)!;
    return excerpt(expansion.text, segment.start, segment.end);
  };
  const fix = cleanedFieldFix(template, contacts, p, issue, who);
  return {
    start: p.start,
    end: p.end,
    message: `{{${p.field}}} ${VALUE_ISSUE_TEXT[issue]} for ${whichContacts(contacts, who)}: the note says "${quote(who[0])}".`,
    related: quotedContacts(contacts, who, quote),
    suggestions: fix ? [fix] : [],
  };
}

const cleanedAnswers = new WeakMap<ContactSet, Map<string, boolean>>();

/** Whether `cleaned` has a value without `issue` for each of `who` (the contacts whose `field` has it); kept per set. */
function cleanedFixesAll(contacts: ContactSet, field: string, cleaned: string, issue: ValueIssue, who: readonly number[]): boolean {
  let answers = cleanedAnswers.get(contacts);
  if (!answers) cleanedAnswers.set(contacts, (answers = new Map()));
  const key = `${field}\0${issue}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = who.every((contact) => {
      const value = valueOf(contacts, contact, cleaned);
      return value !== '' && !valueIssues(cleaned, value).includes(issue);
    });
    answers.set(key, answer);
  }
  return answer;
}

/**
 * "Use {{name}}" in every placeholder of the field: offered when the
 * field's cleaned field (CLEANED_FIELDS) has a value without this issue
 * for every contact that has it.
 */
function cleanedFieldFix(template: Template, contacts: ContactSet, p: Placeholder, issue: ValueIssue, who: readonly number[]): Fix | undefined {
  const cleaned = CLEANED_FIELDS.get(p.field);
  if (!cleaned || !contacts.columns.has(cleaned) || !cleanedFixesAll(contacts, p.field, cleaned, issue, who)) return undefined;
  const first = who[0];
  return {
    title: `Use {{${cleaned}}} ("${valueOf(contacts, first, p.field)}" → "${valueOf(contacts, first, cleaned)}")`,
    edits: template.placeholders.filter((q) => q.field === p.field).map((q) => ({ start: q.fieldSpan.start, end: q.fieldSpan.end, text: cleaned })),
  };
}
