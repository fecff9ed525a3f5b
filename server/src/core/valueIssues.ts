/**
 * What reads wrong in one contact value once it is in a note: a name in
 * capitals, an emoji in a name, a credential, a legal suffix. The
 * contact-value rule and the preview ask this module; it judges a value by
 * the field it fills.
 */
import { hasLegalSuffix } from './companyName';
import type { ContactSet } from './contacts';
import { isInitial, stripTitles } from './personName';
import { hasSymbols, letterCase } from './valueText';

/** One way a value reads wrong in a note. */
export type ValueIssue = 'all-capitals' | 'all-lower-case' | 'symbols' | 'credentials' | 'honorific' | 'legal-suffix' | 'initial';

/** Each issue, said of a field's value: "{{first-name}} is in all capitals". */
export const VALUE_ISSUE_TEXT: Readonly<Record<ValueIssue, string>> = {
  'all-capitals': 'is in all capitals',
  'all-lower-case': 'is all lower case',
  symbols: 'has emoji or symbols',
  credentials: 'has credentials',
  honorific: 'has an honorific',
  'legal-suffix': 'has a legal suffix',
  initial: 'is only an initial',
};

/** Fields that greet the person (first or full name). */
const GREETING = new Set(['name', 'first-name', 'full-name']);
/** Fields that hold a person's name. */
const PERSON = new Set([...GREETING, 'last-name']);

/** The issues of `value` as the value of `field`, in a stable order; [] for a field this module does not judge. */
export function valueIssues(field: string, value: string): ValueIssue[] {
  const issues: ValueIssue[] = [];
  if (!value) return issues;
  if (PERSON.has(field)) {
    const written = letterCase(value);
    if (written === 'upper') issues.push('all-capitals');
    if (written === 'lower') issues.push('all-lower-case');
    if (hasSymbols(value)) issues.push('symbols');
    const titles = stripTitles(value);
    if (titles.credentials.length > 0) issues.push('credentials');
    if (GREETING.has(field) && titles.honorifics.length > 0) issues.push('honorific');
    if ((field === 'first-name' || field === 'name') && isInitial(value)) issues.push('initial');
  } else if (field === 'company') {
    if (hasLegalSuffix(value)) issues.push('legal-suffix');
  } else if (field === 'position') {
    // A title of acronyms ("CEO", "VP, HR") is fine in capitals; a word of four letters or more is shouting.
    if (letterCase(value) === 'upper' && /\p{Lu}{4}/u.test(value)) issues.push('all-capitals');
  }
  return issues;
}

/** The issues of every contact's value of `field`, by contact index (undefined: none). */
export type FieldIssues = readonly (readonly ValueIssue[] | undefined)[];

const cache = new WeakMap<ContactSet, Map<string, FieldIssues>>();

/** valueIssues for each contact's value of `field`; each distinct value judged once, kept per set. */
export function fieldIssues(set: ContactSet, field: string): FieldIssues {
  let perField = cache.get(set);
  if (!perField) cache.set(set, (perField = new Map()));
  let issues = perField.get(field);
  if (!issues) {
    const column = set.columns.get(field) ?? [];
    const seen = new Map<string, readonly ValueIssue[] | undefined>();
    issues = Array.from({ length: set.size }, (_, i) => {
      const value = column[i] ?? '';
      if (!seen.has(value)) {
        const found = valueIssues(field, value);
        seen.set(value, found.length > 0 ? found : undefined);
      }
      return seen.get(value);
    });
    perField.set(field, issues);
  }
  return issues;
}

const groupCache = new WeakMap<ContactSet, Map<string, ReadonlyMap<ValueIssue, readonly number[]>>>();

/**
 * The contacts whose value of `field` has each issue, in contact order,
 * issues in the order first met. Kept per set: a template checked on each
 * keystroke asks for the same groups each time.
 */
export function fieldIssueGroups(set: ContactSet, field: string): ReadonlyMap<ValueIssue, readonly number[]> {
  let perField = groupCache.get(set);
  if (!perField) groupCache.set(set, (perField = new Map()));
  let groups = perField.get(field);
  if (!groups) {
    const byIssue = new Map<ValueIssue, number[]>();
    fieldIssues(set, field).forEach((issues, contact) => {
      for (const issue of issues ?? []) {
        const list = byIssue.get(issue);
        if (list) list.push(contact);
        else byIssue.set(issue, [contact]);
      }
    });
    perField.set(field, (groups = byIssue));
  }
  return groups;
}
