/**
 * Which contacts' notes go over the limit, without sorting them all: one
 * pass keeps a count and the few longest, so a keystroke with 30,000
 * contacts stays linear.
 */

/** How many of `lengths` exceed `limit`, and the indexes of the `top` longest of those (longest first, ties by index). */
export function overLimit(lengths: ArrayLike<number>, limit: number, top: number): { count: number; longest: number[] } {
  const longest: number[] = [];
  let count = 0;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i];
    if (length <= limit) continue;
    count++;
    if (longest.length === top && length <= lengths[longest[top - 1]]) continue;
    // Insert in order; `top` is small, so this stays a handful of steps.
    let at = longest.length;
    while (at > 0 && lengths[longest[at - 1]] < length) at--;
    longest.splice(at, 0, i);
    if (longest.length > top) longest.pop();
  }
  return { count, longest };
}
