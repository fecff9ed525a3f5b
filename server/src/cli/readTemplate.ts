/** Reads a template file as text, refusing what is not one. */
import { readRegularFile } from '../readRegularFile';

/** Larger files are reported and skipped: a note is at most a few hundred characters. */
export const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;

/** Strict UTF-8, the byte order mark kept; one decoder serves every file (it keeps no state between calls). */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of the file at `path` (a byte order mark is kept, so that a
 * fixed file is written back as it was), or a one-line failure message that
 * starts with `shown` (the path as the user should see it). Only a regular
 * file is read (see readRegularFile). Never throws.
 */
export function readTemplate(path: string, shown: string): { text: string } | { failure: string } {
  const read = readRegularFile(path, MAX_TEMPLATE_BYTES);
  if ('refused' in read) return { failure: `${shown}: ${read.refused.message}${read.refused.reason === 'unreadable' ? '' : '; skipped'}.` };
  return decodeTemplate(read.bytes, shown);
}

/** `bytes` as text when they are UTF-8 text (a byte order mark kept), else a failure message starting with `shown`. */
export function decodeTemplate(bytes: Uint8Array, shown: string): { text: string } | { failure: string } {
  // Valid UTF-8 may still hold NUL bytes, which no text file has.
  if (bytes.includes(0)) return { failure: `${shown}: not UTF-8 text.` };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { failure: `${shown}: not UTF-8 text.` };
  }
}
