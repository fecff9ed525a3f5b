/** Replaces a file's contents all at once. */
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, closeSync, constants, fchownSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readRegularFile } from '../readRegularFile';

/** What became of a write: done, or left undone for a reason that is no error (one line, after the file's name). */
export type WriteOutcome = { readonly written: true } | { readonly skipped: string };

/**
 * Writes `text` (UTF-8) over the file at `path` through a temporary file in
 * the same folder renamed over it, so that a reader never sees half a file.
 * Writes through a symbolic link to its target, and keeps the file's mode,
 * owner and group. A read-only file is refused, as writing in place would be.
 *
 * Left as it is, with a reason: a file with several hard links (a rename
 * would split it from the others), a file whose owner cannot be kept, and,
 * when `expected` is given, a file whose contents are no longer `expected`
 * just before the rename (an edit saved meanwhile is never lost).
 *
 * Throws the file system's error; the temporary file is removed then.
 */
export function writeFileAtomically(path: string, text: string, expected?: string): WriteOutcome {
  const target = realpathSync(path);
  accessSync(target, constants.W_OK);
  const stat = statSync(target);
  if (stat.isFile() && stat.nlink > 1) return { skipped: `has ${stat.nlink} hard links and replacing it would split them; not fixed` };
  const mode = stat.mode & 0o7777;
  // A short fixed-length name: a name near the 255-byte limit must still be fixable.
  const temp = join(dirname(target), `.invite-lint-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  let keep = false;
  try {
    fd = openSync(temp, 'wx', mode);
    if (!sameOwner(fd, stat)) return { skipped: 'belongs to another user, and the fixed file could not keep that owner; not fixed' };
    const bytes = Buffer.from(text, 'utf8');
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(temp, mode);
    if (expected !== undefined && !hasContents(target, expected)) return { skipped: 'changed while it was being fixed; left as it is' };
    renameSync(temp, target);
    keep = true;
    return { written: true };
  } finally {
    if (!keep) removeTemp(fd, temp);
  }
}

/** Gives the open temporary file the owner and group of `original`; false when that is not allowed. */
function sameOwner(fd: number, original: { uid: number; gid: number }): boolean {
  if (process.getuid?.() === original.uid && process.getgid?.() === original.gid) return true;
  try {
    fchownSync(fd, original.uid, original.gid);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPERM') return false;
    throw error;
  }
}

/** True when the file at `path` holds exactly `expected` (UTF-8). */
function hasContents(path: string, expected: string): boolean {
  const bytes = Buffer.from(expected, 'utf8');
  const read = readRegularFile(path, bytes.length);
  return 'bytes' in read && read.bytes.equals(bytes);
}

/** Closes and removes the temporary file after a failure or a skip; the first error is the one to report. */
function removeTemp(fd: number | undefined, temp: string): void {
  try {
    if (fd !== undefined) closeSync(fd);
  } catch {
    // A close that failed once fails again; the temporary file must still go.
  }
  try {
    unlinkSync(temp);
  } catch {
    // Already gone, or never created.
  }
}
