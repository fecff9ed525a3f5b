/**
 * The placeholder fields a template can use, and how a contacts column
 * header becomes a field name. Data only.
 */

/** What the product knows about a standard field. */
export interface FieldInfo {
  /** Shown in completion and hover. */
  readonly description: string;
  /** Fallback text the missing-value fix offers (`{{field | …}}`). */
  readonly fallback: string;
  /** Length assumed for the field when no contacts file is known (UTF-16 code units). */
  readonly assumedLength: number;
}

/** The standard fields, in the order completion lists them. */
export const STANDARD_FIELDS: ReadonlyMap<string, FieldInfo> = new Map<string, FieldInfo>([
  ['name', { description: 'The first name to greet the person with, cleaned: emoji, credentials and honorifics dropped, a name in all capitals or all lower case capitalised ("JOHN" → "John").', fallback: 'there', assumedLength: 7 }],
  ['first-name', { description: 'First name, as in the contacts file.', fallback: 'there', assumedLength: 7 }],
  ['last-name', { description: 'Last name, as in the contacts file.', fallback: '', assumedLength: 8 }],
  ['full-name', { description: 'First and last name.', fallback: 'there', assumedLength: 16 }],
  ['company', { description: 'Where the person works now.', fallback: 'your company', assumedLength: 16 }],
  ['company-short', { description: 'The company without its legal suffix ("Acme, Inc." → "Acme").', fallback: 'your company', assumedLength: 14 }],
  ['position', { description: 'Their job title.', fallback: 'your role', assumedLength: 24 }],
  ['where-met', { description: 'Where or how you met: an event, a talk, a mutual friend.', fallback: 'a recent event', assumedLength: 28 }],
  ['reason', { description: 'Why you want to connect, in one sentence.', fallback: "I'd value your perspective on the field.", assumedLength: 60 }],
  ['next-step', { description: 'A light next step: a coffee, a call, a question.', fallback: '', assumedLength: 24 }],
  ['mutual', { description: 'A connection you share.', fallback: 'a mutual connection', assumedLength: 14 }],
]);

/** Assumed length of a contacts column that is not a standard field. */
export const DEFAULT_ASSUMED_LENGTH = 12;

/** Fields that greet the person by name (satisfy missing-name). */
export const NAME_FIELDS: ReadonlySet<string> = new Set(['name', 'first-name', 'full-name']);

/** Fields that say how you know the person (satisfy missing-context). */
export const CONTEXT_FIELDS: ReadonlySet<string> = new Set(['where-met', 'mutual']);

/** Fields whose values are whole sentences ("{{reason}} {{next-step}}"): a sentence ends after them. */
export const SENTENCE_FIELDS: ReadonlySet<string> = new Set(['reason', 'next-step']);

/**
 * The derived field that holds a field's value cleaned for a note: a fix
 * for a value that reads wrong offers the cleaned field instead.
 */
export const CLEANED_FIELDS: ReadonlyMap<string, string> = new Map([
  ['first-name', 'name'],
  ['company', 'company-short'],
]);

/** Common spellings of standard fields, as people write them in blog-style slots. */
export const FIELD_ALIASES: ReadonlyMap<string, string> = new Map([
  ['firstname', 'first-name'],
  ['fname', 'first-name'],
  ['lastname', 'last-name'],
  ['surname', 'last-name'],
  ['fullname', 'full-name'],
  ['recipient-name', 'name'],
  ['their-name', 'name'],
  ['contact-name', 'name'],
  ['company-name', 'company'],
  ['short-company', 'company-short'],
  ['company-short-name', 'company-short'],
  ['their-company', 'company'],
  ['organization', 'company'],
  ['title', 'position'],
  ['job-title', 'position'],
  ['role', 'position'],
  ['event', 'where-met'],
  ['event-name', 'where-met'],
  ['mutual-connection', 'mutual'],
]);

const FIELD_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** True when `name` is already a kebab-case field name. */
export function isFieldName(name: string): boolean {
  return FIELD_NAME.test(name);
}

/**
 * Turns a column header or a loosely written name into a kebab-case field
 * name: "Where Met" → "where-met", "firstName" → "first-name",
 * "FIRST_NAME" → "first-name". Returns '' when nothing usable is left.
 */
export function toFieldName(raw: string): string {
  return raw
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^[0-9-]+/, '');
}

/** A standard field or alias that `raw` names, or undefined. */
export function standardFieldFor(raw: string): string | undefined {
  const name = toFieldName(raw);
  if (STANDARD_FIELDS.has(name)) return name;
  return FIELD_ALIASES.get(name);
}

/** The fields a template may use: the standard ones and the contacts file's columns. */
export function knownFields(contacts: { columns: ReadonlyMap<string, unknown> } | undefined): string[] {
  return [...new Set([...STANDARD_FIELDS.keys(), ...(contacts?.columns.keys() ?? [])])];
}
