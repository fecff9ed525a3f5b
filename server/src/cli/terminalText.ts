/**
 * Text from files (notes, names, paths) on its way to a terminal: control
 * characters are shown as escapes ("\u001b") instead of being sent, so a
 * file cannot move the cursor, clear the screen or write the clipboard.
 */

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character (tab and line feed kept) written as a visible \uXXXX escape. */
export function visible(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `text` on one line: line breaks shown as ⏎, then control characters made visible. */
export function oneLine(text: string): string {
  return visible(text.replace(/\r\n|\r|\n/g, ' ⏎ ').replace(/\t/g, ' '));
}
