/**
 * A table-driven tester for one rule, in the spirit of textlint's: each
 * case lints with only that rule on and asserts exact ranges, messages,
 * fixed output and suggestion results.
 */
import * as assert from 'node:assert/strict';
import { applyEdits, fixAll, lint, RULES, type LintOptions, type Problem, type Severity } from '../../server/src/core/index';

/** A note that must give no problem from the rule. */
export type ValidCase = string | { readonly text: string; readonly options?: LintOptions; readonly name?: string };

/**
 * Where a problem must be: offsets (0-based, end-exclusive); or exactly
 * the `nth` (0-based) occurrence of the text `at`; or a 1-based line and
 * column of its start.
 */
export type ExpectedError = { readonly message?: string | RegExp; readonly severity?: Exclude<Severity, 'off'> } & (
  | { readonly start: number; readonly end: number }
  | { readonly at: string; readonly nth?: number }
  | { readonly line: number; readonly column: number }
);

/** What applying one suggestion must give. */
export interface ExpectedSuggestion {
  readonly title?: string | RegExp;
  /** The whole document after applying the suggestion's edits. */
  readonly output: string;
}

export interface InvalidCase {
  readonly text: string;
  readonly options?: LintOptions;
  readonly name?: string;
  /** The rule's problems, in document order. */
  readonly errors: readonly ExpectedError[];
  /** The text once this rule's automatic fixes are applied (fixAll with only this rule on); the text itself when it has none. */
  readonly output?: string;
  /** Every suggestion of every problem, in order. */
  readonly suggestions?: readonly ExpectedSuggestion[];
}

export interface RuleTable {
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
}

/** Options that turn every rule but `ruleId` off (front matter may still turn them on; results are filtered). */
export function onlyRule(ruleId: string, options: LintOptions = {}): LintOptions {
  const rules: Record<string, Severity> = {};
  for (const r of RULES) if (r.meta.id !== ruleId) rules[r.meta.id] = 'off';
  return { ...options, rules: { ...rules, ...pick(options.rules, ruleId) } };
}

/** The problems `ruleId` reports for `text` when it runs alone. */
export function problemsOf(ruleId: string, text: string, options?: LintOptions): Problem[] {
  return lint(text, onlyRule(ruleId, options)).problems.filter((p) => p.ruleId === ruleId);
}

/** Declares a mocha suite for `ruleId` from its table. */
export function testRule(ruleId: string, table: RuleTable): void {
  assert.ok(RULES.some((r) => r.meta.id === ruleId), `no rule ${ruleId}`);
  describe(`rule ${ruleId}`, () => {
    describe('valid', () => {
      for (const item of table.valid) {
        const { text, options, name } = typeof item === 'string' ? { text: item, options: undefined, name: undefined } : item;
        it(name ?? title(text), () => {
          const problems = problemsOf(ruleId, text, options);
          assert.deepEqual(problems.map(describeProblem), [], `expected no ${ruleId} problem`);
        });
      }
    });
    describe('invalid', () => {
      for (const item of table.invalid) {
        it(item.name ?? title(item.text), () => checkInvalid(ruleId, item));
      }
    });
  });
}

function checkInvalid(ruleId: string, item: InvalidCase): void {
  const { text, options } = item;
  const problems = problemsOf(ruleId, text, options);
  assert.equal(problems.length, item.errors.length, `expected ${item.errors.length} problem(s), got:\n${problems.map(describeProblem).join('\n')}`);
  problems.forEach((p, i) => {
    const want = item.errors[i];
    assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, `problem ${i} range [${p.start}, ${p.end}) is outside the text`);
    assert.ok(p.message.trim() !== '', `problem ${i} has no message`);
    if ('start' in want) {
      assert.deepEqual({ start: p.start, end: p.end }, { start: want.start, end: want.end }, `range of problem ${i}: ${describeProblem(p)}`);
    } else if ('at' in want) {
      assert.deepEqual({ start: p.start, end: p.end }, spanOf(text, want.at, want.nth), `range of problem ${i}: ${describeProblem(p)} = ${JSON.stringify(text.slice(p.start, p.end))}`);
    } else {
      assert.deepEqual(lineColumn(text, p.start), { line: want.line, column: want.column }, `position of problem ${i}: ${describeProblem(p)}`);
    }
    if (typeof want.message === 'string') assert.equal(p.message, want.message);
    else if (want.message) assert.match(p.message, want.message);
    if (want.severity) assert.equal(p.severity, want.severity);
  });
  if (item.output !== undefined) {
    const fixed = fixAll(text, onlyRule(ruleId, options)).text;
    assert.equal(fixed, item.output, 'text after this rule\'s fixes');
  }
  if (item.suggestions !== undefined) {
    const all = problems.flatMap((p) => p.suggestions ?? []);
    assert.equal(all.length, item.suggestions.length, `suggestions: ${JSON.stringify(all.map((s) => s.title))}`);
    all.forEach((s, i) => {
      const want = item.suggestions![i];
      if (typeof want.title === 'string') assert.equal(s.title, want.title);
      else if (want.title) assert.match(s.title, want.title);
      assert.equal(applyEdits(text, s.edits), want.output, `after suggestion "${s.title}"`);
    });
  }
}

/** The span of the `nth` (0-based) occurrence of `part` in `text`; throws when there is none. */
export function spanOf(text: string, part: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(part, at + 1);
    if (at === -1) throw new Error(`${JSON.stringify(part)} occurs fewer than ${nth + 1} times in ${JSON.stringify(text)}`);
  }
  return { start: at, end: at + part.length };
}

/** 1-based line and column of `offset`; CRLF is one line break. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\n|\r/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

function describeProblem(p: Problem): string {
  return `${p.ruleId} [${p.start}, ${p.end}) ${p.severity}: ${p.message}`;
}

function title(text: string): string {
  const oneLine = JSON.stringify(text);
  return oneLine.length > 90 ? `${oneLine.slice(0, 87)}…` : oneLine;
}

function pick(rules: LintOptions['rules'], id: string): Record<string, Severity> {
  return rules && Object.prototype.hasOwnProperty.call(rules, id) ? { [id]: rules[id] } : {};
}
