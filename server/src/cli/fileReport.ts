/**
 * What the CLI found in one file, with positions for output: the shape the
 * formatters print. Template problems come from the core; a contacts file's
 * own problems are attributed to that file under the rule id `contacts-file`.
 */
import { applyEdits, CONTACTS_FILE_RULE_ID, type Edit, type Problem } from '../core/index';
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
  /** The automatic fix as one edit (ESLint's shape): offsets into the text without a byte order mark. */
  readonly fix?: OneEdit;
  /** The quick fixes the editor offers (not applied by `--fix`), each as one edit. */
  readonly suggestions?: readonly { readonly desc: string; readonly fix: OneEdit }[];
  /** True when `--fix` would change something for this problem. */
  readonly fixable: boolean;
}

/** A change as ESLint writes it: replace `range` (offsets without a byte order mark) with `text`. */
export interface OneEdit {
  readonly range: readonly [number, number];
  readonly text: string;
}

/** One file's messages; files are listed even when clean. */
export interface FileReport {
  /** Absolute path. */
  readonly path: string;
  readonly messages: readonly Message[];
  /** The template text, when it was linted (absent for contacts files). */
  readonly source?: string;
  /** True when `--fix` rewrote the file, or `--fix-dry-run` would have (`source` is then the new text). */
  readonly fixed?: boolean;
  /** True when the file has more problems than `--max-problems` (or the config's `maxProblems`): `messages` holds the first ones. */
  readonly truncated?: boolean;
  /** The most problems listed for this file, when `truncated`. */
  readonly maxProblems?: number;
}

/** Messages for core `problems` of `text`, in the core's order. */
export function templateMessages(text: string, problems: readonly Problem[]): Message[] {
  const positions = positionsOf(text);
  return problems.map((p) => {
    const start = positions.at(p.start);
    const end = positions.at(p.end);
    const bom = positions.bomLength;
    const suggestions = p.suggestions?.filter((s) => s.edits.length > 0).map((s) => ({ desc: s.title, fix: oneEdit(text, s.edits, bom) }));
    return {
      ruleId: p.ruleId,
      severity: p.severity,
      message: p.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      fix: p.fix && p.fix.edits.length > 0 ? oneEdit(text, p.fix.edits, bom) : undefined,
      ...(suggestions?.length ? { suggestions } : {}),
      fixable: p.fix !== undefined,
    };
  });
}

/**
 * `edits` (non-overlapping) as one edit from the first to the end of the
 * last, the text between them kept, as ESLint merges a fix's edits; offsets
 * shifted past a byte order mark of `bom` code units.
 */
function oneEdit(text: string, edits: readonly Edit[], bom: number): OneEdit {
  let start = Infinity;
  let end = -Infinity;
  for (const e of edits) {
    start = Math.min(start, e.start);
    end = Math.max(end, e.end);
  }
  const shifted = edits.map((e) => ({ start: e.start - start, end: e.end - start, text: e.text }));
  return { range: [Math.max(0, start - bom), Math.max(0, end - bom)], text: applyEdits(text.slice(start, end), shifted) };
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
