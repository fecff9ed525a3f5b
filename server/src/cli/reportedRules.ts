/**
 * Every rule id a CLI report can carry, with what output formats say about
 * it: the engine's rules (a contacts file's own problems are reported under
 * the engine's `contacts-file` rule).
 */
import { RULES, type RuleMeta } from '../core/index';
import { ruleDocUrl } from '../projectLinks';

/** A rule as reports describe it. */
export interface ReportedRule extends Pick<RuleMeta, 'id' | 'description' | 'rationale' | 'defaultSeverity' | 'fixable'> {
  /** Its documentation, an absolute URL. */
  readonly docsUrl: string;
}

/** The engine's rules in their order. */
export const REPORTED_RULES: readonly ReportedRule[] = RULES.map(({ meta }) => ({
  id: meta.id,
  description: meta.description,
  rationale: meta.rationale,
  defaultSeverity: meta.defaultSeverity,
  fixable: meta.fixable,
  docsUrl: ruleDocUrl(meta.id),
}));
