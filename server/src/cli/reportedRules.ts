/**
 * Every rule id a CLI report can carry, with what output formats say about
 * it: the engine's rules, and `contacts` for problems in contacts files.
 */
import { RULES, type RuleMeta } from '../core/index';
import { repositoryPageUrl, ruleDocUrl } from '../projectLinks';
import { CONTACTS_RULE_ID } from './fileReport';

/** A rule as reports describe it. */
export interface ReportedRule extends Pick<RuleMeta, 'id' | 'description' | 'rationale' | 'defaultSeverity' | 'fixable'> {
  /** Its documentation, an absolute URL. */
  readonly docsUrl: string;
}

/** Problems found while reading a contacts file, or a contacts file that could not be used. */
const CONTACTS_RULE: ReportedRule = {
  id: CONTACTS_RULE_ID,
  description: 'A contacts file that cannot be used, or a row of one that was skipped.',
  rationale: 'The template is checked with the contacts that could be read: fix the file or the row named so that every contact is counted.',
  defaultSeverity: 'warning',
  fixable: false,
  docsUrl: repositoryPageUrl('docs/format.md#contacts'),
};

/** The engine's rules in their order, then `contacts`. */
export const REPORTED_RULES: readonly ReportedRule[] = [
  ...RULES.map(({ meta }) => ({ id: meta.id, description: meta.description, rationale: meta.rationale, defaultSeverity: meta.defaultSeverity, fixable: meta.fixable, docsUrl: ruleDocUrl(meta.id) })),
  CONTACTS_RULE,
];
