/** Reads a contacts file from disk. */
import { readFileSync } from 'node:fs';
import { describeFileError } from './fileError';
import type { LoadedContacts } from './loadedContacts';
import { parseContactsText } from './parseContacts';

/**
 * Loads the contacts at `path` (UTF-8, or UTF-16 with a byte order mark as
 * spreadsheet programs write it). A file that cannot be read gives `error`
 * naming the path; never throws.
 */
export function loadContactsFile(path: string): LoadedContacts {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { problems: [], error: `${path}: cannot read (${describeFileError(error)}).` };
  }
  return parseContactsText(decode(bytes), path);
}

function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return bytes.toString('utf8');
}
