/**
 * Facts about the letters of one contact value, as a reader of the note
 * sees them: emoji and symbols, capitals, accents. Pure string functions;
 * no offsets.
 */

/**
 * Emoji, pictographs and symbols that are not punctuation (🌱, ★, ™, |),
 * with the joiners, variation selectors and skin tones that build emoji.
 */
const SYMBOL = /[\p{Extended_Pictographic}\p{So}\p{Sm}\p{Sk}\u200d\ufe0f\u20e3\u{1f3fb}-\u{1f3ff}]/gu;
const HAS_SYMBOL = new RegExp(SYMBOL.source, 'u');
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** True when `value` has an emoji or a symbol that is not punctuation (🌱, ★, |). */
export function hasSymbols(value: string): boolean {
  return HAS_SYMBOL.test(value);
}

/** `value` without emoji and symbols, runs of spaces made one, trimmed. */
export function withoutSymbols(value: string): string {
  return value.replace(SYMBOL, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * How `value` is capitalised: 'upper' when it has two or more letters and
 * no lower-case one ("JOHN"), 'lower' when it has letters and no capital
 * ("john"), else 'mixed' (or 'none' without letters).
 */
export function letterCase(value: string): 'upper' | 'lower' | 'mixed' | 'none' {
  const upper = UPPER.test(value);
  const lower = LOWER.test(value);
  if (upper && !lower) return (value.match(/\p{Lu}/gu) ?? []).length >= 2 ? 'upper' : 'mixed';
  if (lower && !upper) return 'lower';
  return upper ? 'mixed' : 'none';
}

/** "JOHN O'NEILL-SMITH" → "John O'Neill-Smith": each word's first letter a capital, the rest lower case. */
export function capitalizeWords(value: string): string {
  return value.toLowerCase().replace(/(^|[\s\-'’.])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** `value` without accents (marks after NFD), lower case: "Zoë" → "zoe". */
export function withoutAccents(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
