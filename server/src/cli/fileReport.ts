/**
 * What the CLI found in one file, with positions for output: the shape the
 * formatters print. Template problems come from the core; a contacts file's
 * own problems are attributed to that file under the rule id `contacts-file`.
 */
import { CONTACTS_FILE_RULE_ID, type Problem } from '../core/index';
import { positionsOf } from './positions';

/** One problem with 1-based lines and columns (UTF-16 code units; end exclusive). */
export interface Message {
  readonly ruleId: string;
  readonly severity: Problem['severity'];
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The automatic fix when it is one edit: offsets into the text without a byte order mark. */
  readonly fix?: { readonly range: readonly [number, number]; readonly text: string };
  /** True when `--fix` would change something for this problem. */
  readonly fixable: boolean;
}

/** One file's messages; files are listed even when clean. */
export interface FileReport {
  /** Absolute path. */
  readonly path: string;
  readonly messages: readonly Message[];
  /** The template text, when it was linted (absent for contacts files). */
  readonly source?: string;
  /** True when `--fix` rewrote the file (`source` is then the new text). */
  readonly fixed?: boolean;
  /** True when the file has more problems than `--max-problems`: `messages` holds the first ones. */
  readonly truncated?: boolean;
}

/** Messages for core `problems` of `text`, in the core's order. */
export function templateMessages(text: string, problems: readonly Problem[]): Message[] {
  const positions = positionsOf(text);
  return problems.map((p) => {
    const start = positions.at(p.start);
    const end = positions.at(p.end);
    const edit = p.fix?.edits.length === 1 ? p.fix.edits[0] : undefined;
    const bom = positions.bomLength;
    return {
      ruleId: p.ruleId,
      severity: p.severity,
      message: p.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      fix: edit && { range: [Math.max(0, edit.start - bom), Math.max(0, edit.end - bom)] as const, text: edit.text },
      fixable: p.fix !== undefined,
    };
  });
}

/** A warning about a contacts file's own contents at a 1-based line (column 1). */
export function contactsMessage(line: number, message: string): Message {
  return { ruleId: CONTACTS_FILE_RULE_ID, severity: 'warning', message, line, column: 1, endLine: line, endColumn: 1, fixable: false };
}

/** How many messages of each severity `reports` hold. */
export interface Counts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly hint: number;
  /** Messages `--fix` would change. */
  readonly fixable: number;
}

/** Counts the messages of `reports` by severity. */
export function countMessages(reports: readonly FileReport[]): Counts {
  const counts = { error: 0, warning: 0, info: 0, hint: 0, fixable: 0 };
  for (const report of reports) {
    for (const m of report.messages) {
      counts[m.severity]++;
      if (m.fixable) counts.fixable++;
    }
  }
  return counts;
}
