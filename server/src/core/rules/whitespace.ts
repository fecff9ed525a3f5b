import { isWhitespaceCode } from '../charCodes';
import type { Finding, Rule } from '../rule';

/** The `whitespace` rule (docs/rules/whitespace.md). */
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
    const leading = firstNonSpace(bodyText);
    if (leading > 0 && leading < bodyText.length) add(0, leading, '', 'Blank space at the start of the note counts against the limit.', 'Remove the blank space at the start');
    const runs = spaceRuns(bodyText);
    for (let i = 0; i < runs.doubles.length; i += 2) add(runs.doubles[i], runs.doubles[i + 1], ' ', 'Double space.', 'Use one space');
    for (let i = 0; i < runs.trailing.length; i += 2) add(runs.trailing[i], runs.trailing[i + 1], '', 'Trailing space.', 'Remove trailing space');
    for (const m of bodyText.matchAll(/(\r?\n)(?:[ \t]*\r?\n){2,}/g)) {
      const eol = m[1];
      add(m.index!, m.index! + m[0].length, eol + eol, 'More than one blank line in a row.', 'Keep one blank line');
    }
    const trailing = trailingBlankLines(bodyText);
    if (trailing > 0 && trailing < bodyText.length) add(trailing, bodyText.length, '', 'Blank lines at the end of the note count against the limit.', 'Remove the blank lines at the end');
    return dropOverlaps(out);
  },
};

/**
 * The runs of spaces and tabs in `text` that are a double space (two or
 * more between visible characters) or trailing space (before a line break
 * or the end), as flat lists of start, end offsets.
 */
function spaceRuns(text: string): { doubles: number[]; trailing: number[] } {
  const doubles: number[] = [];
  const trailing: number[] = [];
  // Only whole runs of two or more, or runs before a line break or the end, can be either; a native scan finds them.
  SPACE_RUN.lastIndex = 0;
  while (SPACE_RUN.test(text)) {
    const end = SPACE_RUN.lastIndex;
    let start = end - 1;
    while (start > 0 && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 9)) start--;
    const after = text.charCodeAt(end);
    if (end === text.length || after === 10 || (after === 13 && text.charCodeAt(end + 1) === 10)) trailing.push(start, end);
    else if (start > 0 && !isWhitespaceCode(text.charCodeAt(start - 1)) && !isWhitespaceCode(after)) doubles.push(start, end);
  }
  return { doubles, trailing };
}

const SPACE_RUN = /[ \t]{2,}|[ \t](?=\r\n|\n|$)/g;

/** Index of the first character that is not a space, tab or line break (the length when there is none). */
function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** Where the blank lines at the end of `text` begin: the first line break after its last visible character; -1 when none. */
function trailingBlankLines(text: string): number {
  let i = text.length;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  for (let j = i; j < text.length; j++) if (text[j] === '\n' || text[j] === '\r') return j;
  return -1;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Keeps the first (then the longest) of any findings whose spans overlap, e.g. trailing spaces inside a blank-line run. */
function dropOverlaps(findings: Finding[]): Finding[] {
  const sorted = findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  let reach = -1;
  for (const f of sorted) {
    if (f.start < reach) continue;
    kept.push(f);
    reach = f.end;
  }
  return kept;
}
