/** Short descriptions of file system errors for one-line messages. */

/**
 * "ENOENT: no such file or directory" from a Node fs error: the system call
 * and path Node appends are dropped, as callers name the path themselves.
 */
export function describeFileError(error: unknown): string {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const syscall = (error as NodeJS.ErrnoException | undefined)?.syscall;
  const cut = syscall ? message.lastIndexOf(`, ${syscall}`) : -1;
  return cut > 0 ? message.slice(0, cut) : message;
}
