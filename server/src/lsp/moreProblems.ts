/**
 * The last diagnostic of a list that `invite.maxProblems` cut: how many
 * problems are not shown, and which setting shows more. Without it an
 * editor shows exactly the limit and nothing says there is more.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult } from '../core/index';

/** The note on the problems of `result` beyond the `shown` listed, at the end of the document (its `source` is the caller's); undefined when none is hidden. */
export function moreProblemsDiagnostic(document: TextDocument, result: LintResult, shown: number): Diagnostic | undefined {
  const hidden = result.hidden + Math.max(0, result.problems.length - shown);
  if (hidden <= 0) return undefined;
  const end = document.positionAt(document.getText().length);
  const count = `${result.hiddenAtLeast ? 'At least ' : ''}${hidden} more problem${hidden === 1 ? '' : 's'}`;
  return {
    range: { start: end, end },
    severity: DiagnosticSeverity.Information,
    message: `${count} not shown (invite.maxProblems)`,
  };
}
