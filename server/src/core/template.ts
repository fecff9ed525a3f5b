/**
 * Parses an .invite document: front matter, the note body, its
 * placeholders and the malformed slots around them. Offsets everywhere are
 * 0-based, end-exclusive UTF-16 code units into the whole document text.
 */
import { parseFrontMatter, type FrontMatter, type Span } from './frontMatter';
import { isFieldName, standardFieldFor, toFieldName } from './fields';
import { isWhitespaceCode } from './charCodes';
import { noteLength, withoutFinalNewline } from './lengths';

export type { Span } from './frontMatter';

/** A well-formed `{{field}}` or `{{field | fallback}}`. */
export interface Placeholder extends Span {
  /** Kebab-case field name (a badly written name is normalised here). */
  readonly field: string;
  /** The name exactly as written between the braces. */
  readonly rawField: string;
  readonly fieldSpan: Span;
  /** Fallback text used when a contact has no value; undefined when there is no `|`. */
  readonly fallback?: string;
  readonly fallbackSpan?: Span;
}

/** A placeholder that is broken or written in another tool's style. */
export interface SlotProblem extends Span {
  readonly kind: 'unclosed' | 'empty' | 'bad-name' | 'foreign-slot';
  /** The field the author most likely meant, when one can be told. */
  readonly field?: string;
}

/** A parsed template. Immutable; derive, don't mutate. */
export interface Template {
  readonly text: string;
  readonly frontMatter?: FrontMatter;
  /** The note: from after the front matter to before the file's final line break. */
  readonly body: Span;
  /** Placeholders in document order. */
  readonly placeholders: readonly Placeholder[];
  readonly slotProblems: readonly SlotProblem[];
  /** Note length of the body's literal text, placeholders excluded (CRLF counts 1). */
  readonly literalLength: number;
}

const UNCLOSED = /\{\{(?![^{}\r\n]*\}\})/g;
// The name after an unclosed `{{`, on the same line: one or two words ("{{where met").
const UNCLOSED_NAME = /^[ \t]*([A-Za-z][\w-]*)(?:[ _]([A-Za-z][\w-]*))?/;
/** Longest field name read after an unclosed `{{` (UTF-16 code units). */
const MAX_NAME = 64;
// Slots pasted from blog templates: [First Name], {name}, %FIRST_NAME%, <first name>.
const FOREIGN_SLOTS = [
  /\[([A-Za-z][A-Za-z _-]{1,30})\]/,
  /(?<!\{)\{([A-Za-z][A-Za-z _-]{1,30})\}(?!\})/,
  /%([A-Za-z][A-Za-z_]{1,30})%/,
  /<([A-Za-z][A-Za-z _-]{1,30})>/,
];
/**
 * All slot styles in one scan. Each style opens with its own character and
 * none allows another's brackets inside, so two never overlap: one scan
 * finds exactly what a scan per style would.
 */
const FOREIGN_SLOT = new RegExp(FOREIGN_SLOTS.map((r) => r.source).join('|'), 'g');

/** Parses `text` into a Template. Never throws. */
export function parseTemplate(text: string): Template {
  const frontMatter = parseFrontMatter(text);
  const closed = frontMatter !== undefined && frontMatter.span.end > 0;
  // A byte order mark is never part of the note, even before a front matter that is not closed.
  let bodyStart = closed ? frontMatter.span.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Blank lines between the front matter and the note are layout, not part of the note.
  if (closed) bodyStart += /^(?:[ \t]*\r?\n)*/.exec(text.slice(bodyStart))![0].length;
  const bodyEnd = withoutFinalNewline(text, bodyStart, text.length);
  const body = { start: bodyStart, end: bodyEnd };
  const bodyText = text.slice(bodyStart, bodyEnd);

  const placeholders: Placeholder[] = [];
  const slotProblems: SlotProblem[] = [];
  let placeholderLength = 0;

  const names = fieldNames(text);
  for (let at = text.indexOf('{{', bodyStart); at !== -1 && at < bodyEnd; ) {
    const match = scanPlaceholder(text, at, bodyEnd);
    if (match === undefined) {
      at = text.indexOf('{{', at + 1);
      continue;
    }
    const { end, bar } = match;
    const start = at;
    at = text.indexOf('{{', end);
    const nameEnd = bar === -1 ? end - 2 : bar;
    const fieldStart = trimStart(text, start + 2, nameEnd);
    const fieldEnd = trimEnd(text, fieldStart, nameEnd);
    const fieldSpan = { start: fieldStart, end: fieldEnd };
    let fallback: string | undefined;
    let fallbackSpan: Span | undefined;
    if (bar !== -1) {
      const fbStart = trimStart(text, bar + 1, end - 2);
      const fbEnd = trimEnd(text, fbStart, end - 2);
      fallback = text.slice(fbStart, fbEnd);
      fallbackSpan = { start: fbStart, end: fbEnd };
    }
    if (fieldStart === fieldEnd) {
      slotProblems.push({ start, end, kind: 'empty' });
      continue;
    }
    const { rawField, field, wellFormed } = names(fieldStart, fieldEnd);
    if (!wellFormed) slotProblems.push({ start: fieldSpan.start, end: fieldSpan.end, kind: 'bad-name', field: field || undefined });
    if (!field) continue;
    placeholders.push({ start, end, field, rawField, fieldSpan, fallback, fallbackSpan });
    placeholderLength += end - start;
  }

  const inPlaceholder = insideChecker(placeholders);
  for (const m of bodyText.matchAll(UNCLOSED)) {
    const start = bodyStart + m.index!;
    if (inPlaceholder(start)) continue;
    const written = UNCLOSED_NAME.exec(bodyText.slice(m.index! + 2, m.index! + 2 + MAX_NAME));
    let field: string | undefined;
    let end = start + 2;
    if (written) {
      const lead = written[0].length - written[0].trimStart().length;
      const twoWords = written[2] ? standardFieldFor(`${written[1]} ${written[2]}`) : undefined;
      const name = written[1];
      field = twoWords ?? standardFieldFor(name) ?? (isFieldName(name) ? name : undefined);
      end += twoWords ? written[0].length : lead + name.length;
    }
    slotProblems.push({ start, end, kind: 'unclosed', field });
  }

  const inside = insideChecker(placeholders);
  for (const m of bodyText.matchAll(FOREIGN_SLOT)) {
    const start = bodyStart + m.index!;
    const field = standardFieldFor(m[1] ?? m[2] ?? m[3] ?? m[4]);
    if (field && !inside(start)) slotProblems.push({ start, end: start + m[0].length, kind: 'foreign-slot', field });
  }
  slotProblems.sort((a, b) => a.start - b.start);

  return {
    text,
    frontMatter,
    body,
    placeholders,
    slotProblems,
    literalLength: noteLength(bodyText) - placeholderLength,
  };
}

/**
 * The placeholder whose `{{` is at `at`, on one line and before `limit`:
 * `{{`, a name without { } | or a line break, optionally `|` and a fallback
 * without { } or a line break, then `}}`. Its end and the offset of its `|`
 * (-1 when none), or undefined when `{{` at `at` opens none.
 */
function scanPlaceholder(text: string, at: number, limit: number): { readonly end: number; readonly bar: number } | undefined {
  let i = at + 2;
  let code = text.charCodeAt(i);
  while (i < limit && code !== 0x7b && code !== 0x7d && code !== 0x7c && code !== 10 && code !== 13) code = text.charCodeAt(++i);
  let bar = -1;
  if (i < limit && code === 0x7c) {
    bar = i;
    code = text.charCodeAt(++i);
    while (i < limit && code !== 0x7b && code !== 0x7d && code !== 10 && code !== 13) code = text.charCodeAt(++i);
  }
  if (i + 1 >= limit || code !== 0x7d || text.charCodeAt(i + 1) !== 0x7d) return undefined;
  return { end: i + 2, bar };
}

/** Where `[from, to)` starts once the white space (as String.prototype.trim sees it) at its start is skipped. */
function trimStart(text: string, from: number, to: number): number {
  while (from < to && isWhitespaceCode(text.charCodeAt(from))) from++;
  return from;
}

/** Where `[from, to)` ends once the white space at its end is dropped. */
function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isWhitespaceCode(text.charCodeAt(to - 1))) to--;
  return to;
}

/**
 * Reads placeholder names out of `text`, each distinct name sliced and
 * judged once per parse: a long note repeats a handful of names thousands
 * of times.
 */
function fieldNames(text: string): (start: number, end: number) => { rawField: string; field: string; wellFormed: boolean } {
  const seen: { rawField: string; field: string; wellFormed: boolean }[] = [];
  return (start, end) => {
    for (const name of seen) if (name.rawField.length === end - start && text.startsWith(name.rawField, start)) return name;
    const rawField = text.slice(start, end);
    const wellFormed = isFieldName(rawField);
    const name = { rawField, field: wellFormed ? rawField : (standardFieldFor(rawField) ?? toFieldName(rawField)), wellFormed };
    // A note with many distinct names only remembers the first few: the check stays short.
    if (seen.length < MAX_REMEMBERED_NAMES) seen.push(name);
    return name;
  };
}

/** Distinct placeholder names fieldNames remembers. */
const MAX_REMEMBERED_NAMES = 16;

/** The body's text. */
export function bodyText(template: Template): string {
  return template.text.slice(template.body.start, template.body.end);
}

/** The placeholder whose `{{ }}` contains `offset`, if any. */
export function placeholderAt(template: Template, offset: number): Placeholder | undefined {
  return template.placeholders.find((p) => p.start <= offset && offset <= p.end);
}

/**
 * A test for "is this offset inside one of `spans`" over ascending offsets:
 * `spans` sorted and disjoint, each call's offset no smaller than the last.
 */
function insideChecker(spans: readonly Span[]): (offset: number) => boolean {
  let i = 0;
  return (offset) => {
    while (i < spans.length && spans[i].end <= offset) i++;
    return i < spans.length && spans[i].start <= offset;
  };
}
