/** Reads a contacts file's text as CSV or JSON, by its name. No I/O. */
import { extname } from 'node:path';
import { parseCsvContacts } from './csvContacts';
import { parseJsonContacts } from './jsonContacts';
import type { LoadedContacts } from './loadedContacts';

/**
 * Parses contacts from `text`. `fileName` picks the format (`.json` is
 * JSON, `.csv` CSV; any other name is JSON when the text starts with `[`
 * or `{`, else CSV) and names the file in messages. Never throws.
 */
export function parseContactsText(text: string, fileName: string): LoadedContacts {
  const ext = extname(fileName).toLowerCase();
  const json = ext === '.json' || (ext !== '.csv' && /^\uFEFF?\s*[[{]/.test(text));
  return json ? parseJsonContacts(text, fileName) : parseCsvContacts(text, fileName);
}
