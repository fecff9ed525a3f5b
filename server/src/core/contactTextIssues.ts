/**
 * The text issues (textIssues.ts) of every contact's note, kept per
 * template and contact set: the expanded-text rule, the preview and its
 * chart read the same answer within one check.
 */
import type { ContactSet } from './contacts';
import { expandForContact } from './expand';
import type { Template } from './template';
import { textIssues, type TextIssue } from './textIssues';

/** Each contact's text issues by contact index; undefined for a contact whose note has none. */
export type ContactTextIssues = readonly (readonly TextIssue[] | undefined)[];

const cache = new WeakMap<Template, { readonly set: ContactSet; readonly issues: ContactTextIssues }>();

/** The text issues of each contact's note (expanded for that contact); computed once per template and set. */
export function contactTextIssues(template: Template, set: ContactSet): ContactTextIssues {
  const hit = cache.get(template);
  if (hit && hit.set === set) return hit.issues;
  const issues: (readonly TextIssue[] | undefined)[] = new Array(set.size);
  if (template.placeholders.length > 0) {
    for (let i = 0; i < set.size; i++) {
      const found = textIssues(template, expandForContact(template, set, i));
      if (found.length > 0) issues[i] = found;
    }
  }
  cache.set(template, { set, issues });
  return issues;
}
