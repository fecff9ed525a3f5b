/** Grouping note lengths for the preview's histogram. */

/** Contacts whose note length is in `from` (inclusive) to `to` (exclusive). */
export interface LengthBucket {
  readonly from: number;
  readonly to: number;
  count: number;
  /** The whole bucket is over the limit. */
  readonly over: boolean;
}

/** The most buckets a histogram has (one or two more when aligning on the limit). */
export const MAX_BUCKETS = 40;

/**
 * Groups `lengths` into buckets of equal width for a histogram. Bucket
 * edges fall on `limit + 1` so a bucket is either entirely within the
 * limit or entirely over it; the buckets cover the limit even when every
 * length is far from it.
 */
export function lengthBuckets(lengths: readonly number[], limit: number, maxBuckets = MAX_BUCKETS): { width: number; buckets: LengthBucket[] } {
  let min = limit;
  let max = limit + 1;
  for (const length of lengths) {
    if (length < min) min = length;
    if (length > max) max = length;
  }
  const width = niceWidth((max - min + 1) / maxBuckets);
  const start = limit + 1 + width * Math.floor((min - limit - 1) / width);
  const count = Math.floor((max - start) / width) + 1;
  const buckets: LengthBucket[] = [];
  for (let i = 0; i < count; i++) {
    const from = start + i * width;
    buckets.push({ from, to: from + width, count: 0, over: from > limit });
  }
  for (const length of lengths) buckets[Math.floor((length - start) / width)].count++;
  return { width, buckets };
}

/** The smallest of 1, 2, 5, 10, 20, 25, 50, 100, … that is at least `raw`. */
function niceWidth(raw: number): number {
  for (let scale = 1; ; scale *= 10) {
    for (const step of [1, 2, 2.5, 5]) {
      const width = step * scale;
      if (Number.isInteger(width) && width >= raw) return width;
    }
  }
}
