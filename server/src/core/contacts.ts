/**
 * The contacts a template is filled with, held column by column so that
 * per-keystroke work over tens of thousands of contacts is additions over
 * precomputed lengths. Building a set is the edge's job (files, CSV, zod);
 * this module only models it.
 */
import { shortCompany } from './companyName';
import { greetingName, nameKey, stripTitles } from './personName';

/** One contact as field name → value; values are trimmed, '' means missing. */
export type ContactRecord = Readonly<Record<string, string>>;

/** An immutable set of contacts. Create with `createContactSet`. */
export interface ContactSet {
  readonly size: number;
  /** Field → one value per contact ('' when that contact has none). Includes derived name fields. */
  readonly columns: ReadonlyMap<string, readonly string[]>;
  /** Fields that came from the file itself, in file order (completion lists these). */
  readonly sourceFields: readonly string[];
  /** Where the set came from, for messages (a path, or a label). */
  readonly source: string;
  /** Lazily filled caches; treat as private. */
  readonly cache: { readonly lengths: Map<string, Int32Array>; readonly missing: Map<string, readonly number[]> };
}

/**
 * Builds a set from records whose keys are already kebab-case field names.
 * Derives `name`, `first-name`, `last-name` and `full-name` from each other
 * where a record lacks them (`name` is the first name cleaned for a
 * greeting), and `company-short` from `company`.
 */
export function createContactSet(records: readonly ContactRecord[], source = 'contacts'): ContactSet {
  const columns = new Map<string, string[]>();
  const sourceFields: string[] = [];
  const size = records.length;
  records.forEach((record, i) => {
    for (const [field, raw] of Object.entries(record)) {
      let column = columns.get(field);
      if (!column) {
        column = new Array<string>(size).fill('');
        columns.set(field, column);
        sourceFields.push(field);
      }
      column[i] = typeof raw === 'string' ? raw.trim() : '';
    }
  });
  deriveNames(columns, size);
  deriveCompanyShort(columns, size);
  return { size, columns, sourceFields, source, cache: { lengths: new Map(), missing: new Map() } };
}

function deriveNames(columns: Map<string, string[]>, size: number): void {
  const ensure = (f: string) => {
    let c = columns.get(f);
    if (!c) columns.set(f, (c = new Array<string>(size).fill('')));
    return c;
  };
  const first = ensure('first-name');
  const last = ensure('last-name');
  const full = ensure('full-name');
  const name = ensure('name');
  for (let i = 0; i < size; i++) {
    // A first name taken from a whole name skips its honorifics ("Dr. Jane Smith" → "Jane").
    if (!first[i] && name[i]) first[i] = firstWord(name[i]);
    if (!first[i] && full[i]) first[i] = firstWord(full[i]);
    if (!last[i] && full[i] && full[i].includes(' ')) last[i] = full[i].slice(full[i].indexOf(' ') + 1).trim();
    if (!full[i]) full[i] = [first[i], last[i]].filter(Boolean).join(' ');
    if (!name[i]) name[i] = greetingName(first[i]);
  }
}

/** The first word of a whole name once its honorifics are dropped. */
function firstWord(name: string): string {
  return stripTitles(name).name.split(/\s+/)[0];
}

/** `company-short` from `company`, where the file has a company and no company-short of its own. */
function deriveCompanyShort(columns: Map<string, string[]>, size: number): void {
  const company = columns.get('company');
  if (!company || columns.has('company-short')) return;
  const short = new Array<string>(size);
  for (let i = 0; i < size; i++) short[i] = shortCompany(company[i]);
  columns.set('company-short', short);
}

/** The value of `field` for contact `index`, '' when missing or unknown. */
export function contactValue(set: ContactSet, index: number, field: string): string {
  return set.columns.get(field)?.[index] ?? '';
}

/** The name to show for contact `index` (full name, or a placeholder label). */
export function contactName(set: ContactSet, index: number): string {
  return contactValue(set, index, 'full-name') || `contact ${index + 1}`;
}

/** Contact `index` of `set` as a set of its own (its fields, derived ones included, and the set's source). */
export function contactAt(set: ContactSet, index: number): ContactSet {
  const columns = new Map<string, readonly string[]>();
  for (const [field, column] of set.columns) columns.set(field, [column[index] ?? '']);
  return { size: 1, columns, sourceFields: set.sourceFields, source: set.source, cache: { lengths: new Map(), missing: new Map() } };
}

/** True when the contacts file has this field (standard name fields always exist). */
export function hasField(set: ContactSet, field: string): boolean {
  return set.columns.has(field);
}

/** Indexes of the contacts with no value for `field` (cached per set). */
export function contactsMissing(set: ContactSet, field: string): readonly number[] {
  let missing = set.cache.missing.get(field);
  if (!missing) {
    const column = set.columns.get(field);
    const list: number[] = [];
    for (let i = 0; i < set.size; i++) if (!column || !column[i]) list.push(i);
    missing = list;
    set.cache.missing.set(field, missing);
  }
  return missing;
}

/** Each contact's full and first name as lookups compare them (nameKey), kept per set. */
const nameKeys = new WeakMap<ContactSet, { readonly full: readonly string[]; readonly first: readonly string[] }>();

/**
 * Finds a contact by full name, then first name, ignoring case, accents,
 * emoji, honorifics and credentials ("zoe ramirez" finds "Zoë Ramírez",
 * "Priyanka" finds "Priyanka 🌱"). Returns the index, or -1.
 */
export function findContact(set: ContactSet, query: string): number {
  const q = nameKey(query);
  if (!q) return -1;
  let keys = nameKeys.get(set);
  if (!keys) {
    keys = { full: set.columns.get('full-name')!.map(nameKey), first: set.columns.get('first-name')!.map(nameKey) };
    nameKeys.set(set, keys);
  }
  const byFull = keys.full.indexOf(q);
  return byFull !== -1 ? byFull : keys.first.indexOf(q);
}
