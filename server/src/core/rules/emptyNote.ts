import type { Rule } from '../rule';
import type { Span, Template } from '../template';

/** The `empty-note` rule (docs/rules/empty-note.md). */
export const emptyNote: Rule = {
  meta: {
    id: 'empty-note',
    description: 'The template has no note text.',
    defaultSeverity: 'error',
    fixable: false,
    rationale: 'A request sent without a note is the one most often ignored: the reader has nothing to go on.',
    needsNote: false,
  },
  check(template) {
    const { text, body } = template;
    if (text.slice(body.start, body.end).trim() !== '') return [];
    return [{ ...emptySpan(template), message: 'The note is empty: write what you would say to this person.' }];
  },
};

/** Where an empty note is reported: its blank lines, else the front matter's closing fence, else the start. */
function emptySpan(template: Template): Span {
  const { text, body, frontMatter } = template;
  if (body.end > body.start) return body;
  if (frontMatter && frontMatter.span.end > 0) {
    const close = frontMatter.yamlSpan.end;
    return { start: close, end: close + /^\S*/.exec(text.slice(close, close + 3))![0].length };
  }
  return { start: body.start, end: body.start };
}
