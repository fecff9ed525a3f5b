/**
 * One line per problem, as compilers and ESLint's old `unix` formatter
 * print them: `path:line:column: message [severity/rule]`, then a count.
 * Editors' problem matchers (`$invite-lint-unix`) and grep read it.
 */
import { countMessages, type FileReport } from './fileReport';
import { displayPath } from './files';
import { oneLine, sortedMessages } from './formatStylish';
import { plural } from '../core/plural';
import { visibleLine } from './visible';

/** Prints `reports` one problem a line, sorted by position in each file; '' when there are none. */
export function formatUnix(reports: readonly FileReport[], cwd: string): string {
  const lines: string[] = [];
  for (const report of reports) {
    const path = visibleLine(displayPath(report.path, cwd));
    for (const m of sortedMessages(report.messages)) lines.push(`${path}:${m.line}:${m.column}: ${visibleLine(oneLine(m.message))} [${m.severity}/${m.ruleId}]`);
  }
  if (lines.length === 0) return '';
  const counts = countMessages(reports);
  return `${lines.join('\n')}\n\n${plural(counts.error + counts.warning + counts.info + counts.hint, 'problem')}\n`;
}
