import type { Rule } from '../rule';
import { insertAfterGreeting } from '../noteEdits';

export const missingName: Rule = {
  meta: {
    id: 'missing-name',
    description: "The note never uses the recipient's name.",
    defaultSeverity: 'warning',
    fixable: 'fix',
    rationale: "A note that opens with the person's name reads as written for them; without it, it reads as a form letter. Greet them with {{name}}.",
  },
  check(template, { facts }) {
    if (facts.greetsByName()) return [];
    const g = facts.greeting();
    if (g) {
      const salutation = template.text.slice(g.start, g.name.start);
      const punctuation = template.text.slice(g.name.end, g.end).trim() || ',';
      return [{
        start: g.start,
        end: g.end,
        message: `The greeting names nobody: use the person's name ("${salutation} {{name}}${punctuation}").`,
        fix: { title: `Greet by name: "${salutation} {{name}}${punctuation}"`, edits: [{ start: g.start, end: g.end, text: `${salutation} {{name}}${punctuation}` }] },
      }];
    }
    const edit = insertAfterGreeting(template, facts, 'Hi {{name}}, ');
    const firstLineEnd = template.text.slice(edit.start, template.body.end).search(/[\r\n]|$/);
    return [{
      start: edit.start,
      end: Math.min(edit.start + Math.max(firstLineEnd, 1), template.body.end),
      message: "The note never uses the recipient's name: start with \"Hi {{name}},\".",
      fix: { title: 'Start with "Hi {{name}}, "', edits: [edit] },
    }];
  },
};
