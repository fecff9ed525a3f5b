/**
 * Lint options as the edges pass them after validation: a limit (valid or
 * not: the core falls back), severities per rule id (unknown and
 * prototype-named ids included), user phrases and assumed lengths.
 */
import fc from 'fast-check';
import { RULES, SEVERITIES, type LintOptions } from '../../server/src/core/index';
import { contactSetArb, PROTOTYPE_NAMES, userPhraseArb } from './arbitraries';

const ruleIdArb = fc.constantFrom(...RULES.map((r) => r.meta.id), ...PROTOTYPE_NAMES, 'no-such-rule');

const phraseListArb = fc.array(userPhraseArb, { maxLength: 4 });

/** Options with or without contacts. */
export const optionsArb: fc.Arbitrary<LintOptions> = fc.record(
  {
    contacts: contactSetArb,
    limit: fc.oneof(fc.integer({ min: 1, max: 400 }), fc.constantFrom(0, -1, 1.5, Number.NaN, 1e9)),
    rules: fc.array(fc.tuple(ruleIdArb, fc.constantFrom(...SEVERITIES)), { maxLength: 5 }).map((entries) => Object.fromEntries(entries)),
    phrases: fc.record({ canned: phraseListArb, generic: phraseListArb, salesy: phraseListArb }, { requiredKeys: [] }),
    assumedLengths: fc
      .array(fc.tuple(fc.constantFrom('name', 'company', 'custom-field', 'proto', 'constructor', ...PROTOTYPE_NAMES), fc.integer({ min: 0, max: 10000 })), { maxLength: 4 })
      .map((entries) => Object.fromEntries(entries)),
  },
  { requiredKeys: [] },
);
