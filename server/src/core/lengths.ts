/**
 * Every length the product counts, in one place. A note's length is what
 * LinkedIn's box counts: UTF-16 code units, a line break counts 1 whether
 * it is LF or CRLF, and the final line break of a file is not part of the
 * note. Contacts' lengths are kept column by column so that per-keystroke
 * work over tens of thousands of contacts is additions over precomputed
 * lengths; which contacts go over the limit is found in one pass.
 */
import { boundedCache, type BoundedCache } from './boundedCache';
import type { ContactSet } from './contacts';
import { DEFAULT_ASSUMED_LENGTH, STANDARD_FIELDS } from './fields';
import type { Template } from './template';

/** Length of `text` as LinkedIn counts it (CRLF counts 1). */
export function noteLength(text: string): number {
  let crlf = 0;
  for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) crlf++;
  return text.length - crlf;
}

/** `end` moved back over one final line break (LF or CRLF) of `text[start, end)`. */
export function withoutFinalNewline(text: string, start: number, end: number): number {
  if (end > start && text.charCodeAt(end - 1) === 10) {
    end--;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
  }
  return end;
}

const EMPTY_LENGTHS = new Int32Array(0);

/** Note length of each contact's value of `field` (cached per set). */
export function fieldLengths(set: ContactSet, field: string): Int32Array {
  let lengths = set.cache.lengths.get(field);
  if (!lengths) {
    const column = set.columns.get(field);
    if (!column) return EMPTY_LENGTHS;
    lengths = new Int32Array(set.size);
    for (let i = 0; i < set.size; i++) lengths[i] = noteLength(column[i]);
    set.cache.lengths.set(field, lengths);
  }
  return lengths;
}

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

/**
 * The expanded note length of every contact, without building strings:
 * literal length plus each placeholder's value length (or its fallback's).
 * Placeholders with the same field and fallback length are added as one
 * multiple, so the cost is (distinct placeholders × contacts), and what
 * they add is kept for the next call with the same placeholders. A new
 * array each call.
 */
export function expandedLengths(template: Template, set: ContactSet): Int32Array {
  const added = placeholderLengths(template, set);
  const totals = new Int32Array(set.size);
  for (let i = 0; i < totals.length; i++) totals[i] = template.literalLength + added[i];
  return totals;
}

/** The note length assuming each field has its typical length (for when no contacts are known). */
export function estimatedLength(template: Template, assumedLengths: Readonly<Record<string, number>> = {}): number {
  let total = template.literalLength;
  for (const p of template.placeholders) total += assumedLength(p.field, assumedLengths);
  return total;
}

/** The assumed length of `field`: user setting, else the standard field's, else a default. */
export function assumedLength(field: string, assumedLengths: Readonly<Record<string, number>> = {}): number {
  const own = Object.prototype.hasOwnProperty.call(assumedLengths, field) ? assumedLengths[field] : undefined;
  return own ?? STANDARD_FIELDS.get(field)?.assumedLength ?? DEFAULT_ASSUMED_LENGTH;
}

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
