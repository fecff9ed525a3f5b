/**
 * The CSV exports of address books, recognised by their headers, and the
 * field each of their columns fills. Columns not listed keep their
 * kebab-case name ("Middle Name" → middle-name). Data only.
 */
import { headerKey } from './columnMapping';

/** A known export: headers that all appear in it, and header → field for the columns whose names would mislead. */
export interface CsvExport {
  readonly name: string;
  readonly signature: readonly string[];
  readonly columns: Readonly<Record<string, string>>;
}

export const CSV_EXPORTS: readonly CsvExport[] = [
  {
    // Google Contacts → Export → Google CSV (the layout since 2023).
    name: 'Google Contacts',
    signature: ['First Name', 'Last Name', 'Organization Name', 'Organization Title'],
    columns: {
      'Organization Name': 'company',
      'Organization Title': 'position',
      'Organization Department': 'department',
      Notes: 'note',
      'E-mail 1 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Website 1 - Value': 'website',
    },
  },
  {
    // Google Contacts' older Google CSV: "Name" is the whole name there, not the one to greet with.
    name: 'Google Contacts',
    signature: ['Name', 'Given Name', 'Family Name'],
    columns: {
      Name: 'full-name',
      'Given Name': 'first-name',
      'Family Name': 'last-name',
      'Organization 1 - Name': 'company',
      'Organization 1 - Title': 'position',
      'Organization 1 - Department': 'department',
      Notes: 'note',
      'E-mail 1 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Website 1 - Value': 'website',
    },
  },
  {
    // Outlook (classic and Outlook.com) → Export contacts → CSV: "Title" there is Mr./Ms., the job is "Job Title".
    name: 'Outlook',
    signature: ['First Name', 'Last Name', 'E-mail Address', 'Job Title'],
    columns: {
      Title: 'honorific',
      'Job Title': 'position',
      Notes: 'note',
      'E-mail Address': 'email',
      'Mobile Phone': 'phone',
      'Web Page': 'website',
    },
  },
];

/** The export whose signature headers all appear in `headers`, with its columns by header key; undefined for any other CSV. */
export function recogniseExport(headers: readonly string[]): { name: string; columns: ReadonlyMap<string, string> } | undefined {
  const present = new Set(headers.map(headerKey));
  const found = CSV_EXPORTS.find((e) => e.signature.every((h) => present.has(headerKey(h))));
  if (!found) return undefined;
  return { name: found.name, columns: new Map(Object.entries(found.columns).map(([header, field]) => [headerKey(header), field])) };
}
