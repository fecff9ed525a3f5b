/** Splitting a run's files between threads. */

/**
 * `items` cut into `count` contiguous slices, in order, whose lengths differ
 * by at most one (the longer ones first). Fewer slices when there are fewer
 * items; none for no items.
 */
export function contiguousSlices<T>(items: readonly T[], count: number): T[][] {
  const n = Math.max(1, Math.min(Math.floor(count), items.length));
  const slices: T[][] = [];
  let start = 0;
  for (let i = 0; i < n && start < items.length; i++) {
    const length = Math.ceil((items.length - start) / (n - i));
    slices.push(items.slice(start, start + length));
    start += length;
  }
  return slices;
}
