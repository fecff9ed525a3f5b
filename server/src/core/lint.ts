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
const RULE_ORDER = new Map(RULE_IDS.map((id, i) => [id, i]));

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
    const { id, fixable } = rule.meta;
    for (const f of rule.check(template, context)) {
      // Built field by field: object spreads over tens of thousands of findings cost more than the rules.
      // A rule declared without automatic fixes offers its fix as a suggestion instead.
      const autoFix = fixable === 'fix' ? f.fix : undefined;
      const suggestions = fixable !== 'fix' && f.fix ? [f.fix, ...(f.suggestions ?? [])] : f.suggestions;
      problems.push({ start: f.start, end: f.end, message: f.message, fix: autoFix, suggestions, related: f.related, ruleId: id, severity });
    }
  });
  problems.sort((a, b) => a.start - b.start || RULE_ORDER.get(a.ruleId)! - RULE_ORDER.get(b.ruleId)!);
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
