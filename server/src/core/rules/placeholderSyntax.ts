import type { Finding, Rule } from '../rule';

/** The `placeholder-syntax` rule (docs/rules/placeholder-syntax.md). */
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
        case 'empty': {
          // "Hi {{}}, …" becomes "Hi, …": the space before goes too when punctuation or a space follows.
          const text = template.text;
          const followedByBreak = p.end === template.body.end || /[ ,.!?;:\r\n]/.test(text[p.end]);
          const spaceBefore = p.start > template.body.start && text[p.start - 1] === ' ' && followedByBreak ? 1 : 0;
          return {
            start: p.start,
            end: p.end,
            message: `Empty placeholder "${written}": name a field or remove it.`,
            fix: { title: 'Remove the empty placeholder', edits: [{ start: p.start - spaceBefore, end: p.end, text: '' }] },
          };
        }
        case 'bad-name':
          return {
            start: p.start,
            end: p.end,
            message: p.field
              ? `Placeholder names are kebab-case: write {{${p.field}}}, not {{${written}}}.`
              : `"${written}" is not a field name: use lower-case letters, digits and hyphens, like {{where-met}}.`,
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
