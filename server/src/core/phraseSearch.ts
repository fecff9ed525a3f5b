/**
 * Finds literal phrases in text. Each list compiles once into one
 * alternation of escaped literals: user phrases are never regular
 * expressions, and the pattern has no nested quantifier, so matching is
 * linear in the text.
 */

/** A phrase found at `[start, end)` of the searched text. */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  /** The list entry that matched. */
  readonly phrase: string;
}

const compiled = new Map<readonly string[], { pattern: RegExp; byKey: Map<string, string> }>();

/**
 * Every non-overlapping match of `phrases` in `text`, leftmost first and
 * longest phrase first at one position. `offset` is added to the results.
 */
export function findPhrases(text: string, phrases: readonly string[], offset = 0): PhraseMatch[] {
  if (phrases.length === 0) return [];
  const { pattern, byKey } = compile(phrases);
  const out: PhraseMatch[] = [];
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) {
    const phrase = byKey.get(normalise(m[0])) ?? m[0];
    out.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, phrase });
  }
  return out;
}

/** True when any of `phrases` occurs in `text`. */
export function hasPhrase(text: string, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return false;
  const { pattern } = compile(phrases);
  pattern.lastIndex = 0;
  return pattern.test(text);
}

function compile(phrases: readonly string[]) {
  let entry = compiled.get(phrases);
  if (!entry) {
    const byKey = new Map<string, string>();
    for (const p of phrases) if (!byKey.has(normalise(p))) byKey.set(normalise(p), p);
    const sources = [...byKey.keys()].sort((a, b) => b.length - a.length).map(toSource);
    // Word boundaries by hand: \b does not know letters outside ASCII, and a
    // hyphenated compound ("network-analysis") is one word.
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)(?:${sources.join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'giu');
    entry = { pattern, byKey };
    if (compiled.size > 64) compiled.clear();
    compiled.set(phrases, entry);
  }
  return entry;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

function toSource(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&').replace(/'/g, "['’‘]"))
    .join('\\s+');
}

/** The matches of `sorted` (ascending, non-overlapping) that lie inside `span`; binary search, then a walk. */
export function matchesWithin(sorted: readonly PhraseMatch[], span: { readonly start: number; readonly end: number }): PhraseMatch[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: PhraseMatch[] = [];
  for (let i = lo; i < sorted.length && sorted[i].start < span.end; i++) if (sorted[i].end <= span.end) out.push(sorted[i]);
  return out;
}
