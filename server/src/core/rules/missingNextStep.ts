import { appendToNote } from '../noteEdits';
import type { Rule } from '../rule';
import { lastSentenceSpan } from '../noteSpans';

/** The `missing-next-step` rule (docs/rules/missing-next-step.md). */
export const missingNextStep: Rule = {
  meta: {
    id: 'missing-next-step',
    description: 'The note proposes no next step.',
    defaultSeverity: 'hint',
    fixable: 'suggestion',
    rationale: 'A light next step (a coffee, a short call, a question) turns an accepted request into a conversation. Optional, but it helps.',
  },
  check(template, context) {
    if (context.facts.hasNextStep()) return [];
    return [{
      ...lastSentenceSpan(template, context),
      message: 'No next step: a short question or offer ("Coffee next week?") invites a reply.',
      suggestions: [{ title: 'Add a {{next-step}} placeholder', edits: [appendToNote(template, '{{next-step}}')] }],
    }];
  },
};
