/**
 * How deeply JSON text nests, found by one linear scan: jsonc-parser reads
 * nested arrays and objects by recursion, and a few thousand `[` overflow
 * the stack, so text nested deeper than any contacts file is refused first.
 */

/** Contacts are a list of objects (depth 2); this leaves room for nested values, which are reported, not read. */
export const MAX_JSON_DEPTH = 64;

/**
 * The 1-based line of the first `[` or `{` that opens a level deeper than
 * `max` in `text` (strings and comments skipped), or undefined when none does.
 */
export function tooDeepAt(text: string, max: number = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) line++;
    else if (c === QUOTE) {
      // Skip the string; an escape skips the character after it.
      for (i++; i < text.length && text.charCodeAt(i) !== QUOTE && text.charCodeAt(i) !== NEWLINE; i++) if (text.charCodeAt(i) === BACKSLASH) i++;
      if (text.charCodeAt(i) === NEWLINE) line++;
    } else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
      while (i + 1 < text.length && text.charCodeAt(i + 1) !== NEWLINE) i++;
    } else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 1;
      for (let j = i; j < stop; j++) if (text.charCodeAt(j) === NEWLINE) line++;
      i = stop;
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > max) return line;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const STAR = 0x2a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
