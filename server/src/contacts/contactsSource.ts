/**
 * A contacts file as a template reads it: the file and the template's
 * column mapping. Two templates that map one file differently read two
 * different sets of contacts from it.
 */
import type { ColumnMapping } from './columnMapping';

export interface ContactsSource {
  /** Absolute path of the file. */
  readonly path: string;
  /** The template's `columns:` (field → header), when it has one. */
  readonly columns?: ColumnMapping;
}

/** A key that is equal for equal sources (the mapping's order does not matter). */
export function sourceKey(source: ContactsSource): string {
  const entries = Object.entries(source.columns ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // A NUL cannot be part of a path, so the key splits back unambiguously.
  return entries.length === 0 ? source.path : `${source.path}\0${JSON.stringify(entries)}`;
}

/** True when `key` (from sourceKey) is a source of the file at `path`. */
export function keyIsOf(key: string, path: string): boolean {
  return key === path || key.startsWith(`${path}\0`);
}
