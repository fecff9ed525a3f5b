/**
 * The text issues (textIssues.ts) of every contact's note, kept per
 * template and contact set: the expanded-text rule, the preview and its
 * chart read the same answer within one check. Each value is read with
 * only the text around it, never the whole note, and a value whose
 * surroundings are all template text is read once for every contact that
 * has it. What a template's values meet depends only on its placeholders
 * and the ends of the text between them, so typing in the middle of a
 * sentence reuses the last answer.
 */
import { boundedCache, type BoundedCache } from './boundedCache';
import type { ContactSet } from './contacts';
import type { Template } from './template';
import { boundaryIssues, LOOK_AROUND, type Boundary, type TextIssueKind } from './textIssues';

/** An issue in one contact's note: which kind, at which placeholder (index into the template's placeholders). */
export interface ContactTextIssue {
  readonly kind: TextIssueKind;
  readonly placeholder: number;
}

/** Each contact's text issues by contact index; undefined for a contact whose note has none. */
export type ContactTextIssues = readonly (readonly ContactTextIssue[] | undefined)[];

/** Answers kept per contact set, in contacts (one entry each): 30 shapes of a 30,000-contact export. */
const CONTACTS_KEPT = 1_000_000;
const cache = new WeakMap<ContactSet, BoundedCache<string, ContactTextIssues>>();

/**
 * The text issues of each contact's note (as expanded for that contact).
 * The array is shared by later calls with the same shape: read it, never
 * write to it.
 */
export function contactTextIssues(template: Template, set: ContactSet): ContactTextIssues {
  const { placeholders, text } = template;
  const count = placeholders.length;
  // literals[k]: the template text before placeholder k (literals[count]: after the last), line breaks as LF.
  const literals: string[] = [];
  let cursor = template.body.start;
  for (const p of placeholders) {
    literals.push(text.slice(cursor, p.start).replace(/\r\n?/g, '\n'));
    cursor = p.end;
  }
  literals.push(text.slice(cursor, template.body.end).replace(/\r\n?/g, '\n'));
  // The checks read at most LOOK_AROUND code units of text on each side of a value: a longer literal is known by its ends.
  const ends = (literal: string) => (literal.length > 2 * LOOK_AROUND ? [literal.slice(0, LOOK_AROUND), literal.slice(-LOOK_AROUND)] : [literal]);
  const shape = JSON.stringify([placeholders.map((p) => [p.field, p.fallback ?? null]), literals.map(ends)]);
  let shapes = cache.get(set);
  if (!shapes) cache.set(set, (shapes = boundedCache(CONTACTS_KEPT, (issues) => issues.length)));
  const hit = shapes.get(shape);
  if (hit) return hit;
  const issues: (readonly ContactTextIssue[] | undefined)[] = new Array(set.size).fill(undefined);
  const columns = placeholders.map((p) => set.columns.get(p.field));
  // Per placeholder: what a value reads like between template text long enough on both sides, by value.
  const known = placeholders.map(() => new Map<string, TextIssueKind[]>());
  const values = new Array<string>(count);
  const missing = new Array<boolean>(count);
  for (let i = 0; i < set.size; i++) {
    for (let k = 0; k < count; k++) {
      const value = columns[k]?.[i] ?? '';
      missing[k] = value === '' && placeholders[k].fallback === undefined;
      values[k] = value === '' ? (placeholders[k].fallback ?? '') : value.replace(/\r\n?/g, '\n');
    }
    let found: ContactTextIssue[] | undefined;
    for (let k = 0; k < count; k++) {
      // A gap (no value, no fallback) is missing-value's to report.
      if (missing[k]) continue;
      const kinds = read(k);
      for (const kind of kinds) (found ??= []).push({ kind, placeholder: k });
    }
    issues[i] = found;
  }
  shapes.set(shape, issues);
  return issues;

  /** The kinds of issue at placeholder k for the contact whose values are in `values`. */
  function read(k: number): TextIssueKind[] {
    const value = values[k];
    const alone = (k === 0 || literals[k].length >= LOOK_AROUND) && (k === count - 1 || literals[k + 1].length >= LOOK_AROUND);
    const memo = alone ? known[k].get(value) : undefined;
    if (memo) return memo;
    const kinds = boundaryIssues(boundary(k)).map((issue) => issue.kind);
    if (alone) known[k].set(value, kinds);
    return kinds;
  }

  /** The text around placeholder k's value, gathered from the template text and the neighbouring values. */
  function boundary(k: number): Boundary {
    let before = literals[k];
    let back = k;
    while (before.length < LOOK_AROUND && back > 0) {
      back--;
      before = literals[back] + values[back] + before;
    }
    let after = literals[k + 1];
    let ahead = k + 1;
    while (after.length < LOOK_AROUND && ahead < count) {
      after += values[ahead] + literals[ahead + 1];
      ahead++;
    }
    const atStart = back === 0 && before.length <= LOOK_AROUND;
    return { before: before.slice(-LOOK_AROUND), value: values[k], after: after.slice(0, LOOK_AROUND), atStart, literalAfter: literals[k + 1] !== '' };
  }
}

