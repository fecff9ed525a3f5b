/**
 * A least-recently-used cache bounded by total weight (entries count 1
 * each unless `weigh` says otherwise). The engine's caches are small and
 * hot; a Map keeps insertion order, which is all the bookkeeping needed.
 * (A dependency would cost more bundle than these lines.)
 */
export interface BoundedCache<K, V> {
  /** The value for `key`, now the most recently used; undefined when absent. */
  get(key: K): V | undefined;
  /** Stores `value`, then drops the least recently used entries until the total weight fits. */
  set(key: K, value: V): void;
  readonly size: number;
}

/**
 * A cache holding at most `maxWeight` in total. An entry heavier than
 * `maxWeight` on its own is not kept.
 */
export function boundedCache<K, V>(maxWeight: number, weigh: (value: V) => number = () => 1): BoundedCache<K, V> {
  const entries = new Map<K, { value: V; weight: number }>();
  let total = 0;
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value) {
      const old = entries.get(key);
      if (old) {
        entries.delete(key);
        total -= old.weight;
      }
      const weight = weigh(value);
      if (weight > maxWeight) return;
      entries.set(key, { value, weight });
      total += weight;
      for (const [oldest, entry] of entries) {
        if (total <= maxWeight) break;
        entries.delete(oldest);
        total -= entry.weight;
      }
    },
    get size() {
      return entries.size;
    },
  };
}
