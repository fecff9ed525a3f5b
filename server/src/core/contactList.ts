/** The contacts a finding is about, as its message names them. */
import { contactName, type ContactSet } from './contacts';
import type { RelatedContact } from './rule';

/** How many contacts a message names before "and N more". */
export const NAMED_CONTACTS = 3;

/**
 * "Bob Lee, Cat Ng, Dan Roe and 2 more": the first NAMED_CONTACTS of
 * `indexes` (contact indexes, in the order to name them) by name, then a count.
 */
export function contactList(set: ContactSet, indexes: readonly number[]): string {
  const names = indexes.slice(0, NAMED_CONTACTS).map((i) => contactName(set, i));
  const more = indexes.length > NAMED_CONTACTS ? ` and ${indexes.length - NAMED_CONTACTS} more` : '';
  return `${names.join(', ')}${more}`;
}

/**
 * Which contacts a finding is about, as its message says it: "3 of 12
 * contacts (Bob Lee, Cat Ng, Dan Roe)", or the name alone when the set is
 * one contact (a note checked for that contact, lintContact).
 */
export function whichContacts(set: ContactSet, indexes: readonly number[]): string {
  return set.size === 1 ? contactName(set, indexes[0]) : `${indexes.length} of ${set.size} contacts (${contactList(set, indexes)})`;
}

/**
 * The first NAMED_CONTACTS of `indexes` as related entries, each quoting
 * what that contact's note says (`Zoë Ramírez: "…Labs, Inc.."`).
 */
export function quotedContacts(set: ContactSet, indexes: readonly number[], quote: (contact: number) => string): RelatedContact[] {
  return indexes.slice(0, NAMED_CONTACTS).map((contact) => ({ contact, message: `${contactName(set, contact)}: "${quote(contact)}"` }));
}
