/**
 * Parses an .invite document: front matter, the note body, its
 * placeholders and the malformed slots around them. Offsets everywhere are
 * 0-based, end-exclusive UTF-16 code units into the whole document text.
 */
import { parseFrontMatter, type FrontMatter, type Span } from './frontMatter';
import { isFieldName, standardFieldFor, toFieldName } from './fields';
import { noteLength, withoutFinalNewline } from './noteLength';

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

// `{{ name | fallback }}` on one line; the name part may be sloppy and is judged below.
const PLACEHOLDER = /\{\{([^{}|\r\n]*)(?:\|([^{}\r\n]*))?\}\}/g;
const UNCLOSED = /\{\{(?![^{}\r\n]*\}\})/g;
// The name after an unclosed `{{`, on the same line: one or two words ("{{where met").
const UNCLOSED_NAME = /^[ \t]*([A-Za-z][\w-]*)(?:[ _]([A-Za-z][\w-]*))?/;
/** Longest field name read after an unclosed `{{` (UTF-16 code units). */
const MAX_NAME = 64;
// Slots pasted from blog templates: [First Name], {name}, %FIRST_NAME%, <first name>.
const FOREIGN_SLOTS = [
  /\[([A-Za-z][A-Za-z _-]{1,30})\]/g,
  /(?<!\{)\{([A-Za-z][A-Za-z _-]{1,30})\}(?!\})/g,
  /%([A-Za-z][A-Za-z_]{1,30})%/g,
  /<([A-Za-z][A-Za-z _-]{1,30})>/g,
];

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

  for (const m of bodyText.matchAll(PLACEHOLDER)) {
    const start = bodyStart + m.index!;
    const end = start + m[0].length;
    const rawPart = m[1];
    const rawField = rawPart.trim();
    const fieldStart = start + 2 + (rawPart.length - rawPart.trimStart().length);
    const fieldSpan = { start: fieldStart, end: fieldStart + rawField.length };
    let fallback: string | undefined;
    let fallbackSpan: Span | undefined;
    if (m[2] !== undefined) {
      fallback = m[2].trim();
      const fbStart = start + 2 + m[1].length + 1 + (m[2].length - m[2].trimStart().length);
      fallbackSpan = { start: fbStart, end: fbStart + fallback.length };
    }
    if (rawField === '') {
      slotProblems.push({ start, end, kind: 'empty' });
      continue;
    }
    const field = isFieldName(rawField) ? rawField : (standardFieldFor(rawField) ?? toFieldName(rawField));
    if (!isFieldName(rawField)) slotProblems.push({ start: fieldSpan.start, end: fieldSpan.end, kind: 'bad-name', field: field || undefined });
    if (!field) continue;
    placeholders.push({ start, end, field, rawField, fieldSpan, fallback, fallbackSpan });
    placeholderLength += m[0].length;
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

  for (const pattern of FOREIGN_SLOTS) {
    const inside = insideChecker(placeholders);
    for (const m of bodyText.matchAll(pattern)) {
      const start = bodyStart + m.index!;
      const field = standardFieldFor(m[1]);
      if (field && !inside(start)) slotProblems.push({ start, end: start + m[0].length, kind: 'foreign-slot', field });
    }
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
