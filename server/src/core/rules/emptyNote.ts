import type { Rule } from '../rule';

export const emptyNote: Rule = {
  meta: {
    id: 'empty-note',
    description: 'The template has no note text.',
    defaultSeverity: 'error',
    fixable: false,
    rationale: 'A request sent without a note is the one most often ignored: the reader has nothing to go on.',
  },
  check(template) {
    const { text, body } = template;
    if (text.slice(body.start, body.end).trim() !== '') return [];
    const start = Math.max(0, Math.min(body.start, text.length) - 1);
    return [{ start, end: Math.max(start + 1, body.end), message: 'The note is empty: write what you would say to this person.' }];
  },
};
