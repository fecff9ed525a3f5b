/**
 * What a template's placeholders add to each contact's note length, kept
 * per contact set and placeholder shape. Typing literal text changes only
 * the template's literal length, so each keystroke reuses the array
 * instead of adding up every placeholder for every contact again.
 */
import { boundedCache, type BoundedCache } from './boundedCache';
import { fieldLengths, type ContactSet } from './contacts';
import { noteLength } from './noteLength';
import type { Template } from './template';

/**
 * Lengths remembered per contact set, in array entries (4 bytes each): 4 MB,
 * so 33 shapes of a 30,000-contact export, or 1,000 of a 1,000-contact one.
 * A placeholder being typed passes through a few shapes; a folder of
 * templates written from the same sentences shares many.
 */
const ENTRIES_KEPT = 1_000_000;
const cache = new WeakMap<ContactSet, BoundedCache<string, Int32Array>>();

/**
 * Each contact's note length minus `template.literalLength` (note length:
 * UTF-16 code units, a line break counts 1): its value's length for each
 * placeholder, or the fallback's when it has none. Placeholders with the
 * same field and fallback length are added as one multiple. The array is
 * shared by later calls for the same set and placeholder shape: read it,
 * never write to it.
 */
export function placeholderLengths(template: Template, set: ContactSet): Int32Array {
  const uses = new Map<string, { field: string; fallback: number; count: number }>();
  for (const p of template.placeholders) {
    const fallback = p.fallback === undefined ? 0 : noteLength(p.fallback);
    const key = `${fallback}:${p.field}`;
    const use = uses.get(key);
    if (use) use.count++;
    else uses.set(key, { field: p.field, fallback, count: 1 });
  }
  const shape = [...uses].map(([key, use]) => `${use.count}*${key}`).sort().join(',');
  let shapes = cache.get(set);
  if (!shapes) cache.set(set, (shapes = boundedCache(ENTRIES_KEPT, (lengths) => lengths.length)));
  let added = shapes.get(shape);
  if (added) return added;
  added = new Int32Array(set.size);
  for (const { field, fallback, count } of uses.values()) {
    const lengths = fieldLengths(set, field);
    if (lengths.length === 0) {
      if (fallback) for (let i = 0; i < added.length; i++) added[i] += count * fallback;
      continue;
    }
    for (let i = 0; i < added.length; i++) added[i] += count * (lengths[i] || fallback);
  }
  shapes.set(shape, added);
  return added;
}
