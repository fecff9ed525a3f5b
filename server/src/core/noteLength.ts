/**
 * How LinkedIn's note box counts characters: UTF-16 code units, a line
 * break counts 1 whether it is LF or CRLF, and the final line break of a
 * file is not part of the note.
 */

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
