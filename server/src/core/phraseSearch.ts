/**
 * Finds literal phrases in text. Each list compiles once into one pattern
 * of escaped literals: user phrases are never regular expressions, and the
 * pattern has no nested quantifier, so matching is linear in the text.
 */

/** A phrase found at `[start, end)` of the searched text. */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  /** The list entry that matched. */
  readonly phrase: string;
}

/** A phrase list prepared for matching. */
interface CompiledList {
  /** Any phrase of the list, with the word boundaries; global. */
  readonly pattern: RegExp;
  /** The phrases alone, as alternatives without the word boundaries. */
  readonly alternatives: string;
  /** Normalised phrase → the list entry. */
  readonly byKey: Map<string, string>;
  /** What the pattern looks for: each key, and a phrase as written where lower-casing changes it beyond case (searchForms). */
  readonly forms: readonly string[];
}

const compiled = new WeakMap<readonly string[], CompiledList>();
const compiledByContent = new Map<string, CompiledList>();

// Word boundaries by hand: \b does not know letters outside ASCII, and a
// hyphenated compound ("network-analysis") is one word.
const WORD_BEFORE = '(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)';
const WORD_AFTER = '(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])';

/**
 * Every non-overlapping match of `phrases` in `text`, leftmost first and
 * longest phrase first at one position. `offset` is added to the results.
 */
export function findPhrases(text: string, phrases: readonly string[], offset = 0): PhraseMatch[] {
  if (phrases.length === 0) return [];
  const list = compile(phrases);
  const { pattern } = list;
  const out: PhraseMatch[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const length = m[0].length;
    // As matchAll does: an empty match (an empty phrase) must not stop the scan.
    if (length === 0) pattern.lastIndex = advance(text, pattern.lastIndex);
    out.push(new Found(offset + m.index, offset + m.index + length, text, offset, list));
  }
  return out;
}

/**
 * findPhrases for each of `lists`, from one scan of `text`: the same
 * matches, list by list. The scan stops only where a phrase of some list
 * starts and reads there which lists match and how far, so a long text is
 * read once instead of once per list.
 */
export function findPhraseLists(text: string, lists: readonly (readonly string[])[], offset = 0): PhraseMatch[][] {
  const { pattern, members } = compileLists(lists);
  const out: PhraseMatch[][] = lists.map(() => []);
  if (pattern === undefined) return out;
  // A list's matches do not overlap: it takes no match that starts before its previous one ends.
  const reach = new Array<number>(lists.length).fill(0);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const at = m.index;
    for (let k = 0; k < lists.length; k++) {
      const written = m[k + 1];
      if (written === undefined || at < reach[k]) continue;
      out[k].push(new Found(offset + at, offset + at + written.length, text, offset, members[k]));
      reach[k] = at + written.length;
    }
    pattern.lastIndex = advance(text, at);
  }
  return out;
}

/** A match whose list entry is looked up only when asked for: most callers need only where it is. */
class Found implements PhraseMatch {
  constructor(
    readonly start: number,
    readonly end: number,
    private readonly text: string,
    private readonly offset: number,
    private readonly list: CompiledList,
  ) {}

  get phrase(): string {
    const written = this.text.slice(this.start - this.offset, this.end - this.offset);
    // Text written with single spaces and straight apostrophes is normalised by lower-casing alone: the
    // common case skips normalise(); a key never holds a curly apostrophe or a run of spaces, so this never mismatches.
    return this.list.byKey.get(written.toLowerCase()) ?? this.list.byKey.get(normalise(written)) ?? written;
  }
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
  if (entry) return entry;
  // The same list may come again in a new array (settings merged anew on each lint): its content finds the pattern.
  const content = JSON.stringify(phrases);
  entry = compiledByContent.get(content);
  if (!entry) {
    const byKey = new Map<string, string>();
    for (const p of phrases) if (!byKey.has(normalise(p))) byKey.set(normalise(p), p);
    const forms = searchForms(byKey);
    const source = alternatives(forms);
    entry = { pattern: new RegExp(`${WORD_BEFORE}(?:${source})${WORD_AFTER}`, 'giu'), alternatives: source, byKey, forms };
    if (compiledByContent.size > 64) compiledByContent.clear();
    compiledByContent.set(content, entry);
  }
  compiled.set(phrases, entry);
  return entry;
}

/** Several lists as one pattern: a lookahead for a phrase of any list, then a capturing lookahead per list. */
interface CompiledLists {
  /** Undefined when every list is empty. */
  readonly pattern: RegExp | undefined;
  readonly members: readonly CompiledList[];
}

const compiledLists = new WeakMap<readonly (readonly string[])[], CompiledLists>();
const compiledListsByContent = new Map<string, CompiledLists>();

function compileLists(lists: readonly (readonly string[])[]): CompiledLists {
  let entry = compiledLists.get(lists);
  if (entry) return entry;
  // As in compile(): the same lists in new arrays find the pattern by their content.
  const content = JSON.stringify(lists);
  entry = compiledListsByContent.get(content);
  if (!entry) {
    const members = lists.map(compile);
    const anyPhrase = [...new Set(members.flatMap((m) => m.forms))];
    // Each list's lookahead captures its longest phrase that ends a word here; an empty list's never matches.
    const each = members.map((m) => `(?:(?=(${m.byKey.size === 0 ? '[^\\s\\S]' : m.alternatives})${WORD_AFTER})|)`).join('');
    const pattern = anyPhrase.length === 0 ? undefined : new RegExp(`${WORD_BEFORE}(?=(?:${alternatives(anyPhrase)})${WORD_AFTER})${each}`, 'giu');
    entry = { pattern, members };
    if (compiledListsByContent.size > 16) compiledListsByContent.clear();
    compiledListsByContent.set(content, entry);
  }
  compiledLists.set(lists, entry);
  return entry;
}

/**
 * The pattern matching any of `keys` (normalised phrases), the longest
 * first at one position. ASCII keys share their prefixes in a trie
 * ("our (?:product|service)s?"), which the regular-expression engine
 * scans far faster than a flat list: no two ASCII characters match the
 * same text case-insensitively, so at most one branch can match at each
 * step, and trying a branch's longer phrases before ending is the same
 * as trying the longest phrase first. Other keys (and very long ones)
 * keep the flat list, longest first.
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
  return spaced(s).toLowerCase();
}

/** `s` with straight apostrophes and single spaces, its case kept. */
function spaced(s: string): string {
  return s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * The forms a list's pattern searches for: every key, and beside it the
 * phrase as written when that has letters outside ASCII. The pattern
 * ignores case by simple case folding, one character for one, while
 * lower-casing may turn one character into two ("İ" → "i̇"): the key
 * alone would then miss the phrase written as the user wrote it.
 */
function searchForms(byKey: ReadonlyMap<string, string>): string[] {
  const forms = new Set(byKey.keys());
  for (const phrase of byKey.values()) if (/[^\x00-\x7f]/.test(phrase)) forms.add(spaced(phrase));
  return [...forms];
}

function toSource(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&').replace(/'/g, "['’‘]"))
    .join('\\s+');
}

/** The matches of `sorted` (ascending, non-overlapping) that lie inside `span`; binary search, then a walk. */
export function matchesWithin<T extends { readonly start: number; readonly end: number }>(sorted: readonly T[], span: { readonly start: number; readonly end: number }): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i].start < span.end; i++) if (sorted[i].end <= span.end) out.push(sorted[i]);
  return out;
}
