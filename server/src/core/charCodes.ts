/**
 * Tests on single UTF-16 code units that agree with the regular-expression
 * classes they are named after, with a fast path for ASCII. Scanners that
 * walk a whole note use them instead of a regular expression per character.
 */

/** Matches /\s/ for one code unit. */
export function isWhitespaceCode(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(String.fromCharCode(code));
}

/** Matches /\p{Lu}/u for one code unit. */
export function isUpperCaseCode(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER_CASE.test(String.fromCharCode(code));
}

/** Matches /\p{L}/u for one code unit. */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return LETTER.test(String.fromCharCode(code));
}

/** Matches /[\p{Ll}\p{N}]/u for one code unit. */
export function isLowerCaseOrDigitCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  return LOWER_OR_DIGIT.test(String.fromCharCode(code));
}

const WHITESPACE = /\s/;
const UPPER_CASE = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const LOWER_OR_DIGIT = /[\p{Ll}\p{N}]/u;
