/** Reads a contacts file's text as CSV, JSON or vCard, by its name. No I/O. */
import { extname } from 'node:path';
import type { ColumnMapping } from './columnMapping';
import { parseCsvContacts } from './csvContacts';
import { parseJsonContacts } from './jsonContacts';
import type { LoadedContacts } from './loadedContacts';
import { parseVcardContacts } from './vcardContacts';

/** File name endings read as vCard. */
const VCARD_EXTENSIONS: ReadonlySet<string> = new Set(['.vcf', '.vcard']);

/**
 * Parses contacts from `text`. `fileName` picks the format (`.json` is
 * JSON, `.csv` CSV, `.vcf` and `.vcard` vCard; any other name is JSON when
 * the text starts with `[` or `{`, vCard when it starts with BEGIN:VCARD,
 * else CSV) and names the file in messages. `columns` (field → header or
 * vCard property) names the columns whose headers are not field names.
 * Never throws.
 */
export function parseContactsText(text: string, fileName: string, columns?: ColumnMapping): LoadedContacts {
  const ext = extname(fileName).toLowerCase();
  if (VCARD_EXTENSIONS.has(ext) || (ext !== '.csv' && ext !== '.json' && /^\uFEFF?\s*BEGIN:VCARD/i.test(text))) return parseVcardContacts(text, fileName, columns);
  const json = ext === '.json' || (ext !== '.csv' && /^\uFEFF?\s*[[{]/.test(text));
  return json ? parseJsonContacts(text, fileName, columns) : parseCsvContacts(text, fileName, columns);
}
