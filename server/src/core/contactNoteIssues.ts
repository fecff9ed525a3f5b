/**
 * What reads wrong in one contact's note, placeholder by placeholder: the
 * expanded-text and contact-value findings restated for that contact, for
 * the preview's marks on the parts of the note they are about.
 */
import { contactTextIssues } from './contactTextIssues';
import type { ContactSet } from './contacts';
import type { Template } from './template';
import { textIssueText } from './textIssues';
import { fieldIssues, VALUE_ISSUE_TEXT } from './valueIssues';

/** One thing that reads wrong in a contact's note. */
export interface NoteIssue {
  readonly ruleId: 'expanded-text' | 'contact-value';
  /** Index into the template's placeholders. */
  readonly placeholder: number;
  /** "Punctuation doubled after {{company}}", "{{first-name}} is in all capitals". */
  readonly message: string;
}

/** Which of the two rules to read with (a rule turned off reports nothing). */
export interface NoteIssueRules {
  readonly 'expanded-text': boolean;
  readonly 'contact-value': boolean;
}

/** The issues of contact `index`'s note, in placeholder order (text issues before value issues at one placeholder). */
export function contactNoteIssues(template: Template, set: ContactSet, index: number, rules: NoteIssueRules): NoteIssue[] {
  const issues: NoteIssue[] = [];
  const { placeholders } = template;
  if (rules['expanded-text']) {
    for (const issue of contactTextIssues(template, set).get(index) ?? []) {
      issues.push({ ruleId: 'expanded-text', placeholder: issue.placeholder, message: textIssueText(issue.kind, placeholders[issue.placeholder].field) });
    }
  }
  if (rules['contact-value']) {
    const seen = new Set<string>();
    placeholders.forEach((p, placeholder) => {
      if (seen.has(p.field)) return;
      seen.add(p.field);
      for (const kind of fieldIssues(set, p.field)[index] ?? []) issues.push({ ruleId: 'contact-value', placeholder, message: `{{${p.field}}} ${VALUE_ISSUE_TEXT[kind]}` });
    });
  }
  return issues.sort((a, b) => a.placeholder - b.placeholder);
}
