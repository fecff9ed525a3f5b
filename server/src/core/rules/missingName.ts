import { insertGreeting } from '../noteEdits';
import { firstSentenceSpan } from '../noteSpans';
import type { Rule } from '../rule';

/** The `missing-name` rule (docs/rules/missing-name.md). */
export const missingName: Rule = {
  meta: {
    id: 'missing-name',
    description: "The note never uses the recipient's name.",
    defaultSeverity: 'warning',
    fixable: 'fix',
    rationale: "A note that opens with the person's name reads as written for them; without it, it reads as a form letter. Greet them with {{name}}.",
  },
  check(template, context) {
    const { facts } = context;
    if (facts.greetsByName()) return [];
    const g = facts.greeting();
    if (g) {
      // A greeting that names nobody ("Hi there!") keeps its salutation and punctuation.
      const salutation = template.text.slice(g.salutation.start, g.salutation.end) || 'Hi';
      const closing = template.text.slice(g.name.end, g.end) || ',';
      const greeting = `${salutation} {{name}}${closing}`;
      return [{
        start: g.start,
        end: g.end,
        message: `The greeting names nobody: use the person's name ("${greeting}").`,
        fix: { title: `Greet by name: "${greeting}"`, edits: [{ start: g.start, end: g.end, text: greeting }] },
      }];
    }
    return [{
      ...firstSentenceSpan(template, context),
      message: 'The note never uses the recipient\'s name: start with "Hi {{name}},".',
      fix: { title: 'Start with "Hi {{name}},"', edits: [insertGreeting(template, 'Hi {{name}},')] },
    }];
  },
};
