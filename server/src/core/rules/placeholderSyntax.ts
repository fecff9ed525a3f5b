import type { Finding, Rule } from '../rule';

export const placeholderSyntax: Rule = {
  meta: {
    id: 'placeholder-syntax',
    description: 'A broken placeholder (`{{name`, `{{}}`, `{{First Name}}`) or a slot in another style (`[Name]`, `{name}`, `%FIRST_NAME%`, `<first name>`).',
    defaultSeverity: 'error',
    fixable: 'fix',
    rationale: 'A slot the expander does not understand is sent as written: the person reads "Hi [Name]," and knows it was a template.',
  },
  check(template) {
    return template.slotProblems.map((p): Finding => {
      const written = template.text.slice(p.start, p.end);
      switch (p.kind) {
        case 'unclosed':
          return {
            start: p.start,
            end: p.end,
            message: `Unclosed placeholder "${written}": end it with }}.`,
            fix: p.field ? { title: `Close as {{${p.field}}}`, edits: [{ start: p.start, end: p.end, text: `{{${p.field}}}` }] } : undefined,
          };
        case 'empty':
          return { start: p.start, end: p.end, message: 'Empty placeholder {{}}: name a field or remove it.', fix: { title: 'Remove the empty placeholder', edits: [{ start: p.start, end: p.end, text: '' }] } };
        case 'bad-name':
          return {
            start: p.start,
            end: p.end,
            message: `Placeholder names are kebab-case: write {{${p.field}}}, not {{${written}}}.`,
            fix: p.field ? { title: `Rename to ${p.field}`, edits: [{ start: p.start, end: p.end, text: p.field }] } : undefined,
          };
        case 'foreign-slot':
          return {
            start: p.start,
            end: p.end,
            message: `"${written}" would be sent as written: placeholders look like {{${p.field}}}.`,
            fix: { title: `Rewrite as {{${p.field}}}`, edits: [{ start: p.start, end: p.end, text: `{{${p.field}}}` }] },
          };
      }
    });
  },
};
