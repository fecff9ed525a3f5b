/**
 * Fixes as data: offset ranges and new text. Only the edges turn offsets
 * into line/character positions.
 */

/** Replace `[start, end)` of the document with `text`. Offsets as in template.ts. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A titled change made of non-overlapping edits. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly Edit[];
}

/** Applies non-overlapping `edits` to `text` (in any order). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    out += text.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/** True when applying `edit` to `text` changes it: its new text differs from the text it replaces. */
export function changesText(text: string, edit: Edit): boolean {
  return edit.text.length !== edit.end - edit.start || !text.startsWith(edit.text, edit.start);
}

/** True when applying `fix` to `text` changes it (some edit does). */
export function fixChangesText(text: string, fix: Fix): boolean {
  for (const e of fix.edits) if (changesText(text, e)) return true;
  return false;
}

/**
 * Picks the fixes that can be applied together: in order, each fix whose
 * edits overlap none already taken (identical edits count once). Taken
 * edits are kept sorted, so each check is a binary search. With `text`
 * (the document the fixes are for), edits that would change nothing are
 * left out, and so is a fix made only of such edits.
 */
export function compatibleFixes(fixes: readonly Fix[], text?: string): Edit[] {
  return takeCompatible(fixes, text).edits;
}

/** compatibleFixes, and how many fixes it took. */
export function takeCompatible(fixes: readonly Fix[], text?: string): { edits: Edit[]; fixes: number } {
  const taken: Edit[] = [];
  const seen = new Set<string>();
  let count = 0;
  for (const fix of fixes) {
    const fresh = fix.edits.filter((e) => !seen.has(key(e)) && (text === undefined || changesText(text, e)));
    if (fresh.length === 0 || fresh.some((e) => overlapsTaken(taken, e))) continue;
    count++;
    for (const e of fresh) {
      seen.add(key(e));
      taken.splice(insertionIndex(taken, e.start), 0, e);
    }
  }
  return { edits: taken, fixes: count };
}

/** First index of `sorted` whose start is greater than `start`. */
function insertionIndex(sorted: readonly Edit[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Taken edits are disjoint and sorted, so only the neighbours of `e`'s place can overlap it. */
function overlapsTaken(sorted: readonly Edit[], e: Edit): boolean {
  const at = insertionIndex(sorted, e.start);
  for (let i = at - 1; i >= 0 && i >= at - 2; i--) if (overlaps(sorted[i], e)) return true;
  for (let i = at; i < sorted.length && sorted[i].start <= e.end; i++) if (overlaps(sorted[i], e)) return true;
  return false;
}

function key(e: Edit): string {
  return `${e.start}:${e.end}:${e.text}`;
}

function overlaps(a: Edit, b: Edit): boolean {
  // An insertion conflicts with anything at or around its point (text
  // inserted next to a replacement may duplicate it); two replacements
  // conflict only when they share characters.
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}
