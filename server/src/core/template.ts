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
  let bodyStart = frontMatter ? frontMatter.span.end : 0;
  if (!frontMatter && text.charCodeAt(0) === 0xfeff) bodyStart = 1;
  // Blank lines between the front matter and the note are layout, not part of the note.
  if (frontMatter && frontMatter.span.end > 0) bodyStart += /^(?:[ \t]*\r?\n)*/.exec(text.slice(bodyStart))![0].length;
  const bodyEnd = withoutFinalNewline(text, bodyStart, text.length);
  const body = { start: bodyStart, end: bodyEnd };
  const bodyText = text.slice(bodyStart, bodyEnd);

  const placeholders: Placeholder[] = [];
  const slotProblems: SlotProblem[] = [];
  let placeholderLength = 0;

  for (const m of bodyText.matchAll(PLACEHOLDER)) {
    const start = bodyStart + m.index!;
    const end = start + m[0].length;
    placeholderLength += m[0].length;
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
    if (field) placeholders.push({ start, end, field, rawField, fieldSpan, fallback, fallbackSpan });
  }

  for (const m of bodyText.matchAll(UNCLOSED)) {
    const start = bodyStart + m.index!;
    const lineEnd = bodyText.slice(m.index!).search(/\r?\n|$/);
    const rest = bodyText.slice(m.index! + 2, m.index! + lineEnd);
    const name = /^\s*([A-Za-z][\w-]*)/.exec(rest)?.[1];
    const field = name ? (standardFieldFor(name) ?? (isFieldName(name) ? name : undefined)) : undefined;
    const end = name ? start + 2 + rest.indexOf(name) + name.length : start + 2;
    if (!insideAny(start, placeholders)) slotProblems.push({ start, end, kind: 'unclosed', field });
  }

  for (const pattern of FOREIGN_SLOTS) {
    for (const m of bodyText.matchAll(pattern)) {
      const start = bodyStart + m.index!;
      const field = standardFieldFor(m[1]);
      if (field && !insideAny(start, placeholders)) slotProblems.push({ start, end: start + m[0].length, kind: 'foreign-slot', field });
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

function insideAny(offset: number, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start <= offset && offset < s.end);
}
