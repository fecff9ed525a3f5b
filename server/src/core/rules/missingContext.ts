import { insertSentenceAfterGreeting } from '../noteEdits';
import type { Rule } from '../rule';
import { firstSentenceSpan } from '../noteSpans';

/** The `missing-context` rule (docs/rules/missing-context.md). */
export const missingContext: Rule = {
  meta: {
    id: 'missing-context',
    description: 'The note never says how you know the person.',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    rationale:
      "People accept requests from people they can place. Remind them where you met, who you both know, or which talk or post of theirs brought you here; don't assume they remember you.",
  },
  check(template, context) {
    if (context.facts.hasContext()) return [];
    const span = firstSentenceSpan(template, context);
    return [{
      ...span,
      message: 'No word on how you know them: add where you met, a mutual connection, or the talk or post of theirs you saw.',
      suggestions: [{ title: 'Add "We met at {{where-met}}."', edits: [insertSentenceAfterGreeting(template, context.facts, 'We met at {{where-met}}.')] }],
    }];
  },
};
