/**
 * What is wrong with one contact's note, as lint would say it: the rules
 * that judge each contact's expanded note (those with `contactsJudged`)
 * run for that contact alone, with the template's severities, so the
 * preview and `invite-lint preview` list exactly what lint reports and
 * nothing a template turned off.
 */
import type { LintOptions } from './config';
import { contactAt } from './contacts';
import { runRules, type LintResult } from './lint';
import type { Problem, Rule } from './rule';
import { RULES } from './rules/index';

/** The rules that judge each contact's note, in listing order. */
export const PER_CONTACT_RULES: readonly Rule[] = RULES.filter((rule) => rule.contactsJudged !== undefined);
const PER_CONTACT_IDS = new Set(PER_CONTACT_RULES.map((rule) => rule.meta.id));

/** True for the id of a rule that judges each contact's note (its problems differ from contact to contact). */
export function isPerContactRule(ruleId: string): boolean {
  return PER_CONTACT_IDS.has(ruleId);
}

/**
 * The problems of the note of contact `index` of `options.contacts`:
 * lint's problems for the whole template with those of the per-contact
 * rules said for this contact alone, in document order. `result` is lint's
 * result for `template` with `options`.
 */
export function contactProblems(result: LintResult, options: LintOptions, index: number): Problem[] {
  const { contacts } = options;
  const shared = result.problems.filter((p) => !PER_CONTACT_IDS.has(p.ruleId));
  if (!contacts || index < 0 || index >= contacts.size) return [...shared];
  const own = runRules(result.template, { ...options, contacts: contactAt(contacts, index) }, PER_CONTACT_RULES).problems;
  // Related entries index the one-contact set: they say nothing more about one contact than the message.
  return [...shared, ...own.map((p) => ({ ...p, related: undefined }))].sort((a, b) => a.start - b.start);
}

/** For each contact of `options.contacts`: true when a per-contact rule that is on finds its note wrong. */
export function contactsWithProblems(result: LintResult, options: LintOptions): boolean[] {
  const { contacts } = options;
  const flagged = new Array<boolean>(contacts?.size ?? 0).fill(false);
  if (!contacts) return flagged;
  for (const rule of PER_CONTACT_RULES) {
    if (result.severities.get(rule.meta.id) === 'off') continue;
    for (const i of rule.contactsJudged!(result.template, { contacts, limit: result.limit })) flagged[i] = true;
  }
  return flagged;
}
