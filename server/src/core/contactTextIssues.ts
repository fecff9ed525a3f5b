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
import { boundaryContext, boundaryIssues, LOOK_AROUND, type Boundary, type TextIssueKind } from './textIssues';

/** An issue in one contact's note: which kind, at which placeholder (index into the template's placeholders). */
export interface ContactTextIssue {
  readonly kind: TextIssueKind;
  readonly placeholder: number;
}

/** The text issues of the contacts whose notes have any, by contact index (a contact with none has no entry). */
export type ContactTextIssues = ReadonlyMap<number, readonly ContactTextIssue[]>;

/** Answers kept per contact set, in contacts (one entry each): 4 shapes of a 30,000-contact export. */
const CONTACTS_KEPT = 120_000;
const cache = new WeakMap<ContactSet, BoundedCache<string, ContactTextIssues>>();

/** The contacts with issues at one placeholder between given template text: contact index → kinds. */
type PlaceholderIssues = ReadonlyMap<number, readonly TextIssueKind[]>;
/** Placeholder answers kept per contact set, in contacts with issues (one entry each, at least one per answer). */
const PLACEHOLDER_ISSUES_KEPT = 50_000;
const placeholderCache = new WeakMap<ContactSet, BoundedCache<string, PlaceholderIssues>>();

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
  if (!shapes) cache.set(set, (shapes = boundedCache(CONTACTS_KEPT, (issues) => Math.max(1, issues.size))));
  const hit = shapes.get(shape);
  if (hit) return hit;
  const issues = new Map<number, ContactTextIssue[]>();
  const columns = placeholders.map((p) => set.columns.get(p.field));
  // A placeholder whose template text on both sides holds all that boundaryIssues reads reads the same for a
  // contact in any template with that text around it: its answer is kept per contact set, keyed by that text.
  const contexts = placeholders.map((_, k) => boundaryContext(literals[k].slice(-LOOK_AROUND), literals[k + 1].slice(0, LOOK_AROUND)));
  const alone = contexts.map((c, k) => (k === 0 || c.complete.before) && (k === count - 1 || c.complete.after));
  const values = new Array<string>(count);
  const missing = new Array<boolean>(count);
  const add = (i: number, k: number, kinds: readonly TextIssueKind[]) => {
    let list = issues.get(i);
    if (!list) issues.set(i, (list = []));
    for (const kind of kinds) list.push({ kind, placeholder: k });
  };
  for (let k = 0; k < count; k++) if (alone[k]) for (const [i, kinds] of placeholderIssues(set, k)) add(i, k, kinds);
  // The others read their neighbours' values too: contact by contact, each contact's values gathered once.
  const others = placeholders.map((_, k) => k).filter((k) => !alone[k]);
  if (others.length > 0) {
    for (let i = 0; i < set.size; i++) {
      for (let j = 0; j < count; j++) {
        const value = columns[j]?.[i] ?? '';
        missing[j] = value === '' && placeholders[j].fallback === undefined;
        values[j] = value === '' ? (placeholders[j].fallback ?? '') : value.replace(/\r\n?/g, '\n');
      }
      for (const k of others) {
        // A gap (no value, no fallback) is missing-value's to report.
        if (missing[k]) continue;
        const kinds = boundaryIssues(boundary(k)).map((issue) => issue.kind);
        if (kinds.length > 0) add(i, k, kinds);
      }
    }
    // Each contact's issues in placeholder order (the sort is stable: kinds keep their order).
    for (const list of issues.values()) list.sort((x, y) => x.placeholder - y.placeholder);
  }
  // In contact order, as the rule names contacts "first" by it.
  const ordered: ContactTextIssues = new Map([...issues].sort((a, b) => a[0] - b[0]));
  shapes.set(shape, ordered);
  return ordered;

  /** The contacts with issues at placeholder k, alone between template text, from the cache or read now. */
  function placeholderIssues(contacts: ContactSet, k: number): PlaceholderIssues {
    const p = placeholders[k];
    const atStart = k === 0 && literals[0].length <= LOOK_AROUND;
    const literalAfter = literals[k + 1] !== '';
    const context = contexts[k];
    const key = JSON.stringify([p.field, p.fallback ?? null, context.before, context.after, k === 0, atStart, literalAfter]);
    let answers = placeholderCache.get(contacts);
    if (!answers) placeholderCache.set(contacts, (answers = boundedCache(PLACEHOLDER_ISSUES_KEPT, (found) => Math.max(1, found.size))));
    const hit = answers.get(key);
    if (hit) return hit;
    const column = contacts.columns.get(p.field);
    const byValue = new Map<string, readonly TextIssueKind[]>();
    const found = new Map<number, readonly TextIssueKind[]>();
    for (let i = 0; i < contacts.size; i++) {
      const raw = column?.[i] ?? '';
      // A gap (no value, no fallback) is missing-value's to report.
      if (raw === '' && p.fallback === undefined) continue;
      const value = raw === '' ? (p.fallback ?? '') : raw.replace(/\r\n?/g, '\n');
      let kinds = byValue.get(value);
      if (!kinds) byValue.set(value, (kinds = boundaryIssues({ before: context.before, after: context.after, value, atStart, literalAfter }).map((issue) => issue.kind)));
      if (kinds.length > 0) found.set(i, kinds);
    }
    answers.set(key, found);
    return found;
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

