/** ESLint-style text output: a block per file, aligned rows, a summary. */
import type { Paint } from './colors';
import { countMessages, type FileReport, type Message } from './fileReport';
import { displayPath } from './files';
import { plural } from '../core/plural';
import { visibleLine } from './visible';

const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' } as const;

/** Prints `reports` with problems (clean files are left out); '' when there are none. */
export function formatStylish(reports: readonly FileReport[], options: { cwd: string; paint: Paint; fixing: boolean }): string {
  const { paint } = options;
  const blocks = reports.filter((r) => r.messages.length > 0).map((report) => {
    // Messages quote the files' text and names: control characters are shown, never sent to the terminal.
    const rows = sortedMessages(report.messages).map((m) => [`${m.line}:${m.column}`, m.severity, visibleLine(oneLine(m.message)), m.ruleId] as const);
    // A reduce, not Math.max(...): a spread of a large array into a call overflows the stack.
    const width = [0, 1, 2].map((i) => rows.reduce((widest, row) => Math.max(widest, row[i].length), 0));
    const lines = rows.map(([position, severity, message, ruleId]) =>
      `  ${paint('gray', position.padEnd(width[0]))}  ${paint(SEVERITY_STYLE[severity], severity.padEnd(width[1]))}  ${message.padEnd(width[2])}  ${paint('gray', ruleId)}`,
    );
    return `${paint('underline', visibleLine(displayPath(report.path, options.cwd)))}\n${lines.join('\n')}\n`;
  });
  if (blocks.length === 0) return '';
  const counts = countMessages(reports);
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.info) parts.push(plural(counts.info, 'info', 'infos'));
  if (counts.hint) parts.push(plural(counts.hint, 'hint'));
  const style = counts.error ? 'red' : counts.warning ? 'yellow' : 'blue';
  let summary = paint(style, paint('bold', `✖ ${plural(total, 'problem')} (${parts.join(', ')})`)) + '\n';
  if (!options.fixing && counts.fixable) summary += `  ${plural(counts.fixable, 'problem')} fixable with the --fix option.\n`;
  return `${blocks.join('\n')}\n${summary}`;
}

function sortedMessages(messages: readonly Message[]): Message[] {
  return [...messages].sort((a, b) => a.line - b.line || a.column - b.column);
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ');
}
