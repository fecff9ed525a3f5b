/** Reads a contacts file from disk. */
import { readRegularFile } from '../readRegularFile';
import type { ColumnMapping } from './columnMapping';
import type { LoadedContacts } from './loadedContacts';
import { parseContactsText } from './parseContacts';

/**
 * Larger contacts files are not loaded: LinkedIn's export of 30,000
 * connections is about 6 MB, and parsing costs several times a file's size
 * in memory.
 */
export const MAX_CONTACTS_BYTES = 20 * 1024 * 1024;

/**
 * Loads the contacts at `path` (UTF-8, or UTF-16 with a byte order mark as
 * spreadsheet programs write it). Only a regular file of at most
 * MAX_CONTACTS_BYTES is read. A file that cannot be read or parsed gives
 * `error` naming the path; never throws. `columns` is the template's
 * mapping of fields to headers (parseContactsText).
 */
export function loadContactsFile(path: string, maxBytes = MAX_CONTACTS_BYTES, columns?: ColumnMapping): LoadedContacts {
  const read = readRegularFile(path, maxBytes);
  if ('refused' in read) {
    const { reason, message } = read.refused;
    const limit = reason === 'too-large' ? ', the limit for a contacts file' : '';
    return { problems: [], error: `${path}: ${message}${limit}${reason === 'unreadable' ? '' : '; not loaded'}.` };
  }
  try {
    return parseContactsText(decode(read.bytes), path, columns);
  } catch (error) {
    // The parsers report every known problem as data; this is the last line, so that one file never stops a run.
    return { problems: [], error: `${path}: cannot be read as contacts (${error instanceof Error ? error.message : String(error)}).` };
  }
}

function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return bytes.toString('utf8');
}
