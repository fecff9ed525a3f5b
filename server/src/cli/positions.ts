/**
 * Offsets → 1-based line and column for CLI output. Offsets are the core's:
 * 0-based, end-exclusive UTF-16 code units into the whole text. Lines end
 * at LF, CRLF or a lone CR (as in editors); columns count UTF-16 code units
 * from 1. A byte order mark is not part of line 1, as editors do not show it.
 */

/** A 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Converts offsets of one text; build once per text, query many times. */
export interface Positions {
  /** The position of `offset` (clamped to the text). */
  at(offset: number): Position;
  /** 1 when the text starts with a byte order mark, else 0: subtract it for offsets into the text without it. */
  readonly bomLength: number;
}

/** Indexes the line starts of `text`. */
export function positionsOf(text: string): Positions {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return {
    bomLength,
    at(offset) {
      const clamped = Math.max(0, Math.min(offset, text.length));
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= clamped) low = mid;
        else high = mid - 1;
      }
      const skip = low === 0 ? Math.min(bomLength, clamped) : 0;
      return { line: low + 1, column: clamped - starts[low] - skip + 1 };
    },
  };
}
