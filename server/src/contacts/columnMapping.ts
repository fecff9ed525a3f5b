/**
 * Which field each column of a contacts file fills. A template may map its
 * own headers (`columns: { where-met: Event, reason: Why }`, field →
 * header); known exports (Google Contacts, Outlook) have their headers
 * mapped here; any other header becomes its kebab-case field name
 * ("Where Met" → where-met).
 */
import { toFieldName } from '../core/fields';

/** Field name → column header as written in the file (compared ignoring case and surrounding spaces). */
export type ColumnMapping = Readonly<Record<string, string>>;

/** How a header is compared with a mapping's headers. */
export function headerKey(header: string): string {
  return header.trim().toLowerCase();
}

/** Names the fields of a file's headers. */
export interface FieldNamer {
  /**
   * The field a header fills: the user's mapping first, then the known
   * export's, else the header's kebab-case name. '' when nothing usable is left.
   */
  fieldOf(header: string): string;
  /** True when the user's mapping names this header: its column wins over another that would fill the same field. */
  mapped(header: string): boolean;
}

/** A namer for `columns` (the user's mapping) over `known` (header key → field, for a recognised export). */
export function fieldNamer(columns: ColumnMapping | undefined, known: ReadonlyMap<string, string> = new Map()): FieldNamer {
  const mapped = new Map<string, string>();
  for (const [field, header] of Object.entries(columns ?? {})) mapped.set(headerKey(header), field);
  return {
    fieldOf: (header) => mapped.get(headerKey(header)) ?? known.get(headerKey(header)) ?? toFieldName(header),
    mapped: (header) => mapped.has(headerKey(header)),
  };
}

/** The mapping's headers that none of `headers` matches, as written in the mapping, with their fields. */
export function unmatchedColumns(columns: ColumnMapping | undefined, headers: readonly string[]): { field: string; header: string }[] {
  const present = new Set(headers.map(headerKey));
  return Object.entries(columns ?? {})
    .filter(([, header]) => !present.has(headerKey(header)))
    .map(([field, header]) => ({ field, header }));
}
