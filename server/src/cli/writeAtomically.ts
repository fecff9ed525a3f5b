/** Replaces a file's contents all at once. */
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, closeSync, constants, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` (UTF-8) over the file at `path` through a temporary file in
 * the same folder renamed over it, so that a reader never sees half a file.
 * Keeps the file's mode and writes through a symbolic link to its target.
 * A read-only file is refused, as writing in place would be. Throws the
 * file system's error; the temporary file is removed then.
 */
export function writeFileAtomically(path: string, text: string): void {
  const target = realpathSync(path);
  accessSync(target, constants.W_OK);
  const mode = statSync(target).mode & 0o7777;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', mode);
    const bytes = Buffer.from(text, 'utf8');
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(temp, mode);
    renameSync(temp, target);
  } catch (error) {
    try {
      if (fd !== undefined) closeSync(fd);
    } catch {
      // A close that failed once fails again; the temporary file must still go, and the first error is the one to report.
    }
    try {
      unlinkSync(temp);
    } catch {
      // Already gone, or never created.
    }
    throw error;
  }
}
