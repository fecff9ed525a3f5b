/**
 * Text from files made safe for a terminal: control characters are shown
 * as escapes (`\x1b`), as ESLint and git show them, so that a contact name
 * or a file name cannot clear the screen, hide text, set the clipboard
 * (OSC 52) or reorder what is shown (bidirectional overrides).
 */

/** C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional embedding, override and isolate marks. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character but tab and line feed written as `\xNN` (or `\uNNNN`). */
export function visible(text: string): string {
  return text.replace(CONTROL, escape);
}

/** `text` on one line: `visible`, with line feeds written as `\n` too. */
export function visibleLine(text: string): string {
  return visible(text).replace(/\n/g, '\\n');
}

function escape(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
