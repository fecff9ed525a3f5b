/**
 * Assertions every lint result must satisfy, whatever the input: ranges
 * inside the document, fixes made of non-overlapping edits inside it,
 * related contacts that exist. Each throws an AssertionError naming what
 * broke; properties call them on generated documents.
 */
import * as assert from 'node:assert/strict';
import { applyEdits, isFieldName, type ContactSet, type Fix, type Problem, type Span } from '../../server/src/core/index';

/** `span` lies in `[0, length]` with start ≤ end, both whole numbers. */
export function assertSpanWithin(span: Span, length: number, what: string): void {
  const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
  assert.ok(ok, `${what}: [${span.start}, ${span.end}) is not within a document of length ${length}`);
}

/** Every edit of `fix` lies in the document and no two of its edits overlap. */
export function assertFixValid(fix: Fix, length: number, what: string): void {
  assert.ok(fix.edits.length > 0, `${what}: fix "${fix.title}" has no edit`);
  assert.equal(typeof fix.title, 'string');
  fix.edits.forEach((e, i) => {
    assertSpanWithin(e, length, `${what}: edit ${i} of "${fix.title}"`);
    assert.equal(typeof e.text, 'string', `${what}: edit ${i} text`);
  });
  const sorted = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    assert.ok(a.end <= b.start, `${what}: "${fix.title}" has overlapping edits [${a.start}, ${a.end}) and [${b.start}, ${b.end})`);
  }
}

/** True when applying `fix` to `text` leaves it as it was. */
export function changesNothing(text: string, fix: Fix): boolean {
  return applyEdits(text, fix.edits) === text;
}

/** The whole-result invariants of `problems` for `text` (and the contacts it was linted with). */
export function assertProblemsValid(problems: readonly Problem[], text: string, contacts?: ContactSet): void {
  const length = text.length;
  for (const p of problems) {
    const what = `${p.ruleId} "${p.message}"`;
    assertSpanWithin(p, length, what);
    // Columns that are not kebab-case break createContactSet's contract; a suggestion may then name the column as written.
    const suggestionsChecked = !contacts || [...contacts.columns.keys()].every(isFieldName);
    for (const fix of [...(p.fix ? [p.fix] : []), ...(suggestionsChecked ? p.suggestions ?? [] : [])]) {
      assert.ok(!changesNothing(text, fix), `${what}: "${fix.title}" changes nothing`);
    }
    assert.ok(typeof p.message === 'string' && p.message.length > 0, `${p.ruleId}: empty message`);
    assert.ok(['hint', 'info', 'warning', 'error'].includes(p.severity), `${what}: severity ${p.severity}`);
    if (p.fix) assertFixValid(p.fix, length, what);
    for (const s of p.suggestions ?? []) assertFixValid(s, length, `${what} (suggestion)`);
    for (const r of p.related ?? []) {
      assert.ok(contacts && Number.isInteger(r.contact) && r.contact >= 0 && r.contact < contacts.size, `${what}: related contact ${r.contact} of ${contacts?.size ?? 0}`);
    }
  }
}

/** Own property names of Object.prototype, for checking nothing was added or replaced. */
export function prototypeSnapshot(): Map<string | symbol, PropertyDescriptor | undefined> {
  return new Map(Reflect.ownKeys(Object.prototype).map((k) => [k, Object.getOwnPropertyDescriptor(Object.prototype, k)]));
}

/** Object.prototype has exactly the members of `before`, with the same values. */
export function assertPrototypeUnchanged(before: Map<string | symbol, PropertyDescriptor | undefined>): void {
  const now = Reflect.ownKeys(Object.prototype);
  const added = now.filter((k) => !before.has(k));
  assert.deepEqual(added.map(String), [], 'Object.prototype gained members');
  for (const k of now) {
    const [was, is] = [before.get(k), Object.getOwnPropertyDescriptor(Object.prototype, k)];
    assert.ok(was?.value === is?.value && was?.get === is?.get && was?.set === is?.set, `Object.prototype.${String(k)} was replaced`);
  }
  assert.equal(Object.getPrototypeOf(Object.prototype), null, 'Object.prototype got a prototype');
}
