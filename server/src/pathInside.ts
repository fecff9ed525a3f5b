/** Whether one absolute path lies inside another, by their text (no links resolved). */
import { isAbsolute, relative, sep } from 'node:path';

/** True when `path` is `folder` or inside it (both absolute). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
