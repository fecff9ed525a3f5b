/** A short quote of a note around a span, for messages ("…Labs, Inc.. Would…"). */

/** Characters of context kept on each side of the quoted span, at most; a word cut there is left out. */
const CONTEXT = 20;

/**
 * The text of `text` around `[start, end)` (0-based, end-exclusive UTF-16
 * offsets) with whole words of up to CONTEXT characters on each side, "…"
 * where it is cut, and line breaks shown as spaces.
 */
export function excerpt(text: string, start: number, end: number): string {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  // A word cut at either side is dropped, unless that leaves no context at all.
  if (from > 0 && !/\s/.test(text.charAt(from - 1))) {
    const space = text.slice(from, start).search(/\s/);
    if (space !== -1) from += space + 1;
  }
  if (to < text.length && !/\s/.test(text.charAt(to))) {
    const space = text.slice(end, to).search(/\s\S*$/);
    if (space !== -1) to = end + space;
  }
  const quoted = text.slice(from, to).replace(/\s*\n\s*/g, ' ');
  return `${from > 0 ? '…' : ''}${quoted}${to < text.length ? '…' : ''}`;
}
