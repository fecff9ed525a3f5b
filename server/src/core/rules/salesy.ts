import type { Rule } from '../rule';

/** The `salesy` rule (docs/rules/salesy.md). */
export const salesy: Rule = {
  meta: {
    id: 'salesy',
    description: 'A pitch or a favour in a first note (a demo, a discount, "send you my resume", "refer me").',
    defaultSeverity: 'warning',
    fixable: false,
    rationale:
      'Asking for something before you are connected reads as spam, and people mark such requests as such. Build the relationship first; make the ask in a later message.',
  },
  check(template, { facts }) {
    return facts.phrasesFound('salesy').map((m) => ({
      start: m.start,
      end: m.end,
      message: `"${template.text.slice(m.start, m.end)}" pitches or asks a favour in a first note: save it for after they accept.`,
    }));
  },
};
