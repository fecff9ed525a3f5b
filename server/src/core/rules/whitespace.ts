import type { Finding, Rule } from '../rule';

export const whitespace: Rule = {
  meta: {
    id: 'whitespace',
    description: 'Double spaces, trailing spaces, extra blank lines.',
    defaultSeverity: 'hint',
    fixable: 'fix',
    rationale: 'Stray spaces and blank lines count against the limit and look careless in a short note.',
  },
  check(template) {
    const { text, body } = template;
    const bodyText = text.slice(body.start, body.end);
    const out: Finding[] = [];
    const add = (start: number, end: number, replacement: string, message: string, title: string) => {
      out.push({ start: body.start + start, end: body.start + end, message, fix: { title, edits: [{ start: body.start + start, end: body.start + end, text: replacement }] } });
    };
    for (const m of bodyText.matchAll(/(?<=\S)[ \t]{2,}(?=\S)/g)) add(m.index!, m.index! + m[0].length, ' ', 'Double space.', 'Use one space');
    for (const m of bodyText.matchAll(/[ \t]+(?=\r?\n|$)/g)) add(m.index!, m.index! + m[0].length, '', 'Trailing space.', 'Remove trailing space');
    for (const m of bodyText.matchAll(/(\r?\n)(?:[ \t]*\r?\n){2,}/g)) {
      const eol = m[1];
      add(m.index!, m.index! + m[0].length, eol + eol, 'More than one blank line in a row.', 'Keep one blank line');
    }
    const trailing = /(?:\r?\n[ \t]*)+$/.exec(bodyText);
    if (trailing && trailing.index > 0) add(trailing.index, bodyText.length, '', 'Blank lines at the end of the note count against the limit.', 'Remove the blank lines at the end');
    const leading = /^(?:[ \t]*\r?\n)+/.exec(bodyText);
    if (leading && leading[0].length < bodyText.length) add(0, leading[0].length, '', 'Blank lines at the start of the note count against the limit.', 'Remove the blank lines at the start');
    return dropOverlaps(out);
  },
};

/** Keeps the first of any findings whose spans overlap (trailing spaces inside a blank-line run). */
function dropOverlaps(findings: Finding[]): Finding[] {
  const sorted = findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const f of sorted) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept;
}
