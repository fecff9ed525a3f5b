/**
 * Reads a regular file with a size limit: the one way templates and
 * contacts files are read from disk. A device (`/dev/zero`), a FIFO or a
 * socket is refused without waiting on it, and the limit is enforced while
 * reading, so a file that grows (or lies about its size) cannot swell memory.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { describeFileError } from './contacts/fileError';

/** Why a file was not read; `message` reads after the file's name. */
export type ReadRefusal =
  | { readonly reason: 'unreadable'; readonly message: string }
  | { readonly reason: 'not-a-file'; readonly message: string }
  | { readonly reason: 'too-large'; readonly message: string };

/** Reads this much at a time. */
const CHUNK = 64 * 1024;

/**
 * The bytes of the regular file at `path` if it holds at most `maxBytes`,
 * else why not. Never throws and never blocks on a FIFO: it is opened
 * without waiting for a writer, then refused as not a regular file.
 */
export function readRegularFile(path: string, maxBytes: number): { bytes: Buffer } | { refused: ReadRefusal } {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    // As reading a folder fails elsewhere, so that messages stay the same.
    if (stat.isDirectory()) return { refused: { reason: 'unreadable', message: 'cannot read (EISDIR: illegal operation on a directory)' } };
    if (!stat.isFile()) return { refused: { reason: 'not-a-file', message: 'not a regular file (a device, a pipe or a socket)' } };
    if (stat.size > maxBytes) return { refused: tooLarge(maxBytes) };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // One byte past the limit tells a file that grew since fstat from one that is exactly at it.
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) return { refused: tooLarge(maxBytes) };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { refused: { reason: 'unreadable', message: `cannot read (${describeFileError(error)})` } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function tooLarge(maxBytes: number): ReadRefusal {
  return { reason: 'too-large', message: `larger than ${sizeText(maxBytes)}` };
}

/** "10 MB" for 10 × 1024 × 1024, "1 KB" for 1024. */
function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
