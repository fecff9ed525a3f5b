/**
 * One contact as read from a file, checked at the edge with zod before it
 * reaches the core's ContactSet. Shared by the CSV and JSON readers.
 */
import * as z from 'zod/mini';
import { createContactSet, type ContactRecord } from '../core/contacts';
import { NAME_FIELDS } from '../core/fields';
import type { ContactsProblem, LoadedContacts } from './loadedContacts';

/** The fields that name a person; a row needs at least one of them. */
const PERSON_NAME_FIELDS: readonly string[] = [...NAME_FIELDS, 'last-name'];

/** Values a contact field may hold in a file; all become strings ('' for null). */
const cellValue = z.pipe(
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
  z.transform((value: string | number | boolean | null) => (value === null ? '' : String(value))),
);

/** A contact row: kebab-case field name → value, with some name present. */
export const contactRowSchema = z.record(z.string(), cellValue).check(
  z.refine((row: Record<string, string>) => PERSON_NAME_FIELDS.some((field) => Object.hasOwn(row, field) && row[field].trim() !== ''), {
    message: 'No name (first name, last name or full name); skipped.',
  }),
);

/** A contact that passed the schema, with the 1-based line it starts on. */
export interface ContactRow {
  readonly line: number;
  readonly record: ContactRecord;
}

/**
 * Checks `values` (kebab-case field → value) against the schema. Returns the
 * record, on a null-prototype object so that a field named like an
 * Object.prototype member is only ever data, or why the row is skipped.
 */
export function checkRow(values: Record<string, unknown>): { record: ContactRecord } | { problem: string } {
  const parsed = contactRowSchema.safeParse(values);
  if (!parsed.success) return { problem: parsed.error.issues[0]?.message ?? 'Not a valid contact; skipped.' };
  const record: Record<string, string> = Object.create(null);
  for (const [field, value] of Object.entries(parsed.data)) record[field] = value;
  return { record };
}

/** A null-prototype object for field → value maps built from file keys. */
export function emptyValues(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

/** The loaded result for `rows` (file order) and `problems`; `source` names the file. */
export function loadedContacts(rows: readonly ContactRow[], problems: readonly ContactsProblem[], source: string): LoadedContacts {
  return {
    contacts: createContactSet(rows.map((r) => r.record), source),
    lines: rows.map((r) => r.line),
    problems: [...problems].sort((a, b) => a.line - b.line),
  };
}
