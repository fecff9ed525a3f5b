/**
 * Runs the rules over a template and applies their fixes. The one entry
 * point the language server and the CLI share.
 */
import { frontMatterSettings, resolveConfig, type FrontMatterSettings, type LintOptions } from './config';
import { applyEdits, compatibleFixes } from './fix';
import { noteFacts } from './noteFacts';
import type { Problem, RuleContext } from './rule';
import { BODY_RULES, RULES } from './rules/index';
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
}

const RULE_IDS = RULES.map((r) => r.meta.id);

/** Lints `source` (document text, or a template already parsed). Never throws on any input. */
export function lint(source: string | Template, options: LintOptions = {}): LintResult {
  const template = typeof source === 'string' ? parseTemplate(source) : source;
  const settings = frontMatterSettings(template.frontMatter);
  const config = resolveConfig(options, settings);
  const context: RuleContext = {
    phrases: config.phrases,
    limit: config.limit,
    contacts: options.contacts,
    assumedLengths: options.assumedLengths ?? {},
    ruleIds: RULE_IDS,
    facts: noteFacts(template, config.phrases),
  };
  const blank = context.facts.bodyText.trim() === '';
  const problems: Problem[] = [];
  RULES.forEach((rule) => {
    const severity = config.severity(rule.meta.id, rule.meta.defaultSeverity);
    if (severity === 'off' || (blank && BODY_RULES.has(rule.meta.id))) return;
    for (const finding of rule.check(template, context)) {
      // A rule declared without auto-fixes may still offer its fix as a suggestion.
      const { fix, ...rest } = finding;
      const problem: Problem = rule.meta.fixable === 'fix' || !fix
        ? { ...finding, ruleId: rule.meta.id, severity }
        : { ...rest, suggestions: [fix, ...(finding.suggestions ?? [])], ruleId: rule.meta.id, severity };
      problems.push(problem);
    }
  });
  const order = new Map(RULE_IDS.map((id, i) => [id, i]));
  problems.sort((a, b) => a.start - b.start || order.get(a.ruleId)! - order.get(b.ruleId)!);
  return { template, problems, limit: config.limit, settings };
}

/** What fixAll did. */
export interface FixAllResult {
  readonly text: string;
  /** How many fixes were applied over all passes. */
  readonly applied: number;
  /** False when the template could not be parsed safely (front matter errors); the text is then unchanged. */
  readonly fixable: boolean;
}

/** The most passes fixAll makes; each pass re-lints, as one fix can make another possible. */
const MAX_PASSES = 10;

/**
 * Applies every automatic fix (fixable 'fix'), pass after pass, until none
 * is left. Leaves text with broken front matter untouched.
 */
export function fixAll(text: string, options: LintOptions = {}): FixAllResult {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = lint(current, options);
    if (result.template.frontMatter?.syntaxErrors.length) return { text, applied: 0, fixable: false };
    const edits = compatibleFixes(result.problems.flatMap((p) => (p.fix ? [p.fix] : [])));
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    applied += result.problems.filter((p) => p.fix).length;
    current = next;
  }
  return { text: current, applied, fixable: true };
}
