/**
 * Fills a template's placeholders. Expanded text uses LF line breaks, so
 * its `.length` is the note length LinkedIn counts (lengths.ts counts
 * without building the text).
 */
import { contactValue, type ContactSet } from './contacts';
import type { Span, Template } from './template';

/** One run of the expanded note. `start`/`end` index the expanded text; `source` the template. */
export interface Segment {
  readonly kind: 'literal' | 'value' | 'fallback' | 'missing';
  readonly text: string;
  /** The placeholder's field, for every kind but 'literal'. */
  readonly field?: string;
  readonly start: number;
  readonly end: number;
  readonly source: Span;
}

/** A note expanded for one contact. */
export interface Expansion {
  readonly text: string;
  /** Equals `text.length`: the note length LinkedIn counts. */
  readonly length: number;
  readonly segments: readonly Segment[];
}

/** Expands `template` with values from `valueOf` ('' = the contact has none). */
export function expand(template: Template, valueOf: (field: string) => string): Expansion {
  const { text } = template;
  const segments: Segment[] = [];
  let out = '';
  const push = (kind: Segment['kind'], raw: string, source: Span, field?: string) => {
    const value = raw.replace(/\r\n?/g, '\n');
    if (value === '' && kind === 'literal') return;
    segments.push({ kind, text: value, field, start: out.length, end: out.length + value.length, source });
    out += value;
  };
  let cursor = template.body.start;
  for (const p of template.placeholders) {
    push('literal', text.slice(cursor, p.start), { start: cursor, end: p.start });
    const value = valueOf(p.field);
    if (value) push('value', value, p, p.field);
    else if (p.fallback !== undefined) push('fallback', p.fallback, p, p.field);
    else push('missing', '', p, p.field);
    cursor = p.end;
  }
  push('literal', text.slice(cursor, template.body.end), { start: cursor, end: template.body.end });
  return { text: out, length: out.length, segments };
}

/** Expands `template` for contact `index` of `set`. */
export function expandForContact(template: Template, set: ContactSet, index: number): Expansion {
  return expand(template, (field) => contactValue(set, index, field));
}

/**
 * expandForContact for one check: each contact's note is built once,
 * however many findings quote it (a template with many placeholders would
 * otherwise rebuild every note once per finding).
 */
export function contactExpansions(template: Template, set: ContactSet): (index: number) => Expansion {
  const built = new Map<number, Expansion>();
  return (index) => {
    let expansion = built.get(index);
    if (!expansion) built.set(index, (expansion = expandForContact(template, set, index)));
    return expansion;
  };
}
