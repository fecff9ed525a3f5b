/**
 * Runs the rules over a template and applies their fixes. The one entry
 * point the language server and the CLI share.
 */
import { ALLOWABLE_RULES, allowedSpans, isAllowed } from './allowedPhrases';
import { frontMatterSettings, resolveConfig, type FrontMatterSettings, type LintOptions } from './config';
import { applyEdits, fixChangesText, takeCompatible, type Fix } from './fix';
import { noteFacts, type NoteFacts } from './noteFacts';
import type { Finding, Problem, Rule, RuleContext } from './rule';
import type { Severity } from './severity';
import { RULES } from './rules/index';
import { parseTemplate, type Template } from './template';

/** What one lint run found. */
export interface LintResult {
  readonly template: Template;
  /** Problems sorted by position, then by rule order. */
  readonly problems: readonly Problem[];
  /** The effective character limit. */
  readonly limit: number;
  /** The usable front matter settings (contacts path, sample contact, …). */
  readonly settings: FrontMatterSettings;
  /** True when `maxProblems` cut the list: there are more problems than `problems` holds. */
  readonly truncated: boolean;
  /**
   * How many problems were found and not listed (0 unless `truncated`).
   * A rule may stop at `maxProblems` findings, so when `hiddenAtLeast` is
   * true there may be more than this.
   */
  readonly hidden: number;
  readonly hiddenAtLeast: boolean;
  /** What the rules read: the note's greeting, reading and moves (explain.ts shows them). */
  readonly facts: NoteFacts;
  /** Each rule's effective severity for this template ('off' for a rule turned off). */
  readonly severities: ReadonlyMap<string, Severity>;
}

const RULE_IDS = RULES.map((r) => r.meta.id);
const RULE_ORDER = new Map(RULE_IDS.map((id, i) => [id, i]));

/** Lints `source` (document text, or a template already parsed). Never throws on any input. */
export function lint(source: string | Template, options: LintOptions = {}): LintResult {
  return runRules(typeof source === 'string' ? parseTemplate(source) : source, options, RULES);
}

/** Runs `rules` (in listing order) over `template`; lint runs them all. */
export function runRules(template: Template, options: LintOptions, rules: readonly Rule[]): LintResult {
  const settings = frontMatterSettings(template.frontMatter);
  const config = resolveConfig(options, settings);
  const maxProblems = isProblemLimit(options.maxProblems) ? options.maxProblems : Infinity;
  const context: RuleContext = {
    phrases: config.phrases,
    limit: config.limit,
    contacts: options.contacts,
    contactsProblem: options.contactsProblem,
    assumedLengths: options.assumedLengths ?? {},
    ruleIds: RULE_IDS,
    maxFindings: maxProblems,
    facts: noteFacts(template, config.phrases),
  };
  const { text } = template;
  const blank = context.facts.bodyText.trim() === '';
  const problems: Problem[] = [];
  const allowed = allowedSpans(template, context.facts, config.phrases);
  const severities = new Map(RULES.map((rule) => [rule.meta.id, config.severity(rule.meta.id, rule.meta.defaultSeverity)]));
  let truncated = false;
  let found = 0;
  let ruleStopped = false;
  rules.forEach((rule) => {
    const severity = severities.get(rule.meta.id)!;
    if (severity === 'off' || (blank && rule.meta.needsNote !== false)) return;
    const { id, fixable } = rule.meta;
    let findings = rule.check(template, context);
    // A rule may stop once it has maxProblems findings: then it may have had more.
    if (findings.length >= maxProblems) ruleStopped = true;
    if (allowed.length > 0 && ALLOWABLE_RULES.has(id)) findings = findings.filter((f) => !isAllowed(f, allowed));
    found += findings.length;
    if (findings.length > maxProblems) {
      findings = earliest(findings, maxProblems);
      truncated = true;
    }
    for (const f of findings) {
      // Built field by field: object spreads over tens of thousands of findings cost more than the rules.
      // A rule declared without automatic fixes offers its fix as a suggestion instead.
      // A fix that would change nothing is no fix: fix-all would apply it forever.
      const fix = f.fix && fixChangesText(text, f.fix) ? f.fix : undefined;
      const autoFix = fixable === 'fix' ? fix : undefined;
      const offered = f.suggestions && changingOnly(text, f.suggestions);
      const suggestions = fixable !== 'fix' && fix ? [fix, ...(offered ?? [])] : offered;
      problems.push({ start: f.start, end: f.end, message: f.message, fix: autoFix, suggestions, related: f.related, ruleId: id, severity });
    }
  });
  problems.sort((a, b) => a.start - b.start || RULE_ORDER.get(a.ruleId)! - RULE_ORDER.get(b.ruleId)!);
  if (problems.length > maxProblems) {
    problems.length = maxProblems;
    truncated = true;
  }
  const hidden = truncated ? found - problems.length : 0;
  return { template, problems, limit: config.limit, settings, truncated, hidden, hiddenAtLeast: truncated && ruleStopped, facts: context.facts, severities };
}

/** A usable problem limit: a whole number from 1 up. */
function isProblemLimit(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/** The `count` findings that start first (ties keep the rule's order). */
function earliest(findings: readonly Finding[], count: number): readonly Finding[] {
  return [...findings].sort((a, b) => a.start - b.start).slice(0, count);
}

/** `fixes` without those that would change nothing in `text` (the same array when all change it). */
function changingOnly(text: string, fixes: readonly Fix[]): readonly Fix[] {
  return fixes.every((f) => fixChangesText(text, f)) ? fixes : fixes.filter((f) => fixChangesText(text, f));
}

/** What fixAll did. */
export interface FixAllResult {
  readonly text: string;
  /** How many fixes were applied over all passes. */
  readonly applied: number;
  /** False when the template could not be parsed safely (front matter errors); the text is then unchanged. */
  readonly fixable: boolean;
}

/** Passes fixAll allows any text; a longer text gets more (see maxPasses). */
const MIN_PASSES = 10;
/** Characters of text per extra pass allowed beyond MIN_PASSES. */
const CHARACTERS_PER_PASS = 32;

/**
 * The most passes fixAll makes on a text of `length` code units. Passes stop
 * as soon as one changes nothing, so this only bounds fixes that would
 * never settle; it grows with the text because a chain of fixes that each
 * wait for the one before can be as long as the text allows.
 */
function maxPasses(length: number): number {
  return MIN_PASSES + Math.ceil(length / CHARACTERS_PER_PASS);
}

/**
 * Applies every automatic fix (fixable 'fix'), pass after pass, until a
 * pass changes nothing, so that fixing the result again changes nothing.
 * Each pass re-lints, as one fix can make another possible. Leaves text
 * with broken front matter untouched. `applied` counts the fixes applied.
 */
export function fixAll(text: string, options: LintOptions = {}): FixAllResult {
  let current = text;
  let applied = 0;
  const passes = maxPasses(text.length);
  for (let pass = 0; pass < passes; pass++) {
    const result = lint(current, { ...options, maxProblems: undefined });
    if (result.template.frontMatter?.syntaxErrors.length) return { text, applied: 0, fixable: false };
    const taken = takeCompatible(result.problems.flatMap((p) => (p.fix ? [p.fix] : [])), current);
    if (taken.edits.length === 0) break;
    const next = applyEdits(current, taken.edits);
    if (next === current) break;
    applied += taken.fixes;
    current = next;
  }
  return { text: current, applied, fixable: true };
}
