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

interface CompiledList {
  readonly pattern: RegExp;
  /** Normalised phrase → the list entry. */
  readonly byKey: Map<string, string>;
}

const compiled = new Map<readonly string[], CompiledList>();

/**
 * Every non-overlapping match of `phrases` in `text`, leftmost first and
 * longest phrase first at one position. `offset` is added to the results.
 */
export function findPhrases(text: string, phrases: readonly string[], offset = 0): PhraseMatch[] {
  if (phrases.length === 0) return [];
  const { pattern, byKey } = compile(phrases);
  const out: PhraseMatch[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const written = m[0];
    // As matchAll does: an empty match (an empty phrase) must not stop the scan.
    if (written === '') pattern.lastIndex = advance(text, pattern.lastIndex);
    // Text written with single spaces and straight apostrophes is normalised by lower-casing alone: the
    // common case skips normalise(); a key never holds a curly apostrophe or a run of spaces, so this never mismatches.
    const phrase = byKey.get(written.toLowerCase()) ?? byKey.get(normalise(written)) ?? written;
    out.push({ start: offset + m.index, end: offset + m.index + written.length, phrase });
  }
  return out;
}

/** The index after the code point at `index`. */
function advance(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index + (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
}

/** True when any of `phrases` occurs in `text`. */
export function hasPhrase(text: string, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return false;
  const { pattern } = compile(phrases);
  pattern.lastIndex = 0;
  return pattern.test(text);
}

function compile(phrases: readonly string[]): CompiledList {
  let entry = compiled.get(phrases);
  if (!entry) {
    const byKey = new Map<string, string>();
    for (const p of phrases) if (!byKey.has(normalise(p))) byKey.set(normalise(p), p);
    const keys = [...byKey.keys()];
    // Word boundaries by hand: \b does not know letters outside ASCII, and a
    // hyphenated compound ("network-analysis") is one word.
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)(?:${alternatives(keys)})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'giu');
    entry = { pattern, byKey };
    if (compiled.size > 64) compiled.clear();
    compiled.set(phrases, entry);
  }
  return entry;
}

/**
 * The pattern matching any of `keys` (normalised phrases), the longest
 * first at one position. ASCII keys share their prefixes in a trie
 * ("our (?:product|service)s?"), which the regular-expression engine
 * scans far faster than a flat list: no two ASCII characters match the
 * same text case-insensitively, so at most one branch can match at each
 * step, and trying a branch's longer phrases before ending is the same
 * as trying the longest phrase first. Other keys keep the flat list,
 * longest first.
 */
function alternatives(keys: readonly string[]): string {
  if (keys.some((k) => k.length > MAX_TRIE_KEY || /[^\x00-\x7f]/.test(k))) return [...keys].sort((a, b) => b.length - a.length).map(toSource).join('|');
  const root: TrieNode = { ends: false, next: new Map() };
  for (const key of keys) {
    let node = root;
    for (const c of key) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { ends: false, next: new Map() }));
      node = child;
    }
    node.ends = true;
  }
  return trieSource(root);
}

/** Longer keys keep the flat list: the trie nests a group per branching character. */
const MAX_TRIE_KEY = 200;

interface TrieNode {
  ends: boolean;
  readonly next: Map<string, TrieNode>;
}

function trieSource(node: TrieNode): string {
  const branches = [...node.next].map(([c, child]) => charSource(c) + trieSource(child));
  if (branches.length === 0) return '';
  // Greedy: the longer phrases through this node are tried before the one ending here.
  if (node.ends) return `(?:${branches.join('|')})?`;
  return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
}

/** One character of a normalised phrase as a pattern: a space is any run of white space, ' any apostrophe. */
function charSource(c: string): string {
  if (c === ' ') return '\\s+';
  if (c === "'") return "['’‘]";
  return c.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
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
