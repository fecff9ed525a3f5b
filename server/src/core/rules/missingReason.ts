import type { Edit } from '../fix';
import { appendToNote } from '../noteEdits';
import type { Rule } from '../rule';
import { firstSentenceSpan } from '../noteSpans';

/** The `missing-reason` rule (docs/rules/missing-reason.md). */
export const missingReason: Rule = {
  meta: {
    id: 'missing-reason',
    description: 'The note never says why you want to connect.',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    rationale:
      'A request with no reason leaves the reader guessing what you want. One sentence is enough: their work you admire, advice you hope for, a conversation to continue.',
  },
  check(template, context) {
    // A pitch says what the sender wants; salesy reports it, so this rule stays quiet.
    if (context.facts.verdicts().statesPurpose) return [];
    const nextStep = template.placeholders.find((p) => p.field === 'next-step');
    const edit: Edit = nextStep ? { start: nextStep.start, end: nextStep.start, text: '{{reason}} ' } : appendToNote(template, '{{reason}}');
    return [{
      ...firstSentenceSpan(template, context),
      message: 'No reason to connect: say in one sentence why you are reaching out to this person.',
      suggestions: [{ title: 'Add a {{reason}} placeholder', edits: [edit] }],
    }];
  },
};
