/**
 * ESLint's JSON formatter shape, so that tools reading ESLint results can
 * read these: one entry per file, severity 2 for errors and 1 otherwise
 * (`level` keeps the exact severity).
 */
import type { FileReport } from './fileReport';

/** Prints `reports` as a JSON array (clean files included). */
export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(reports.map(eslintResult))}\n`;
}

function eslintResult(report: FileReport) {
  const messages = report.messages.map((m) => ({
    ruleId: m.ruleId,
    severity: m.severity === 'error' ? 2 : 1,
    level: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ...(m.fix ? { fix: { range: [...m.fix.range], text: m.fix.text } } : {}),
  }));
  const errors = report.messages.filter((m) => m.severity === 'error');
  const others = report.messages.filter((m) => m.severity !== 'error');
  return {
    filePath: report.path,
    messages,
    errorCount: errors.length,
    warningCount: others.length,
    fixableErrorCount: errors.filter((m) => m.fixable).length,
    fixableWarningCount: others.filter((m) => m.fixable).length,
    // As ESLint: the fixed text as `output`, else the text of a file with problems as `source`.
    ...(report.fixed ? { output: report.source } : messages.length > 0 && report.source !== undefined ? { source: report.source } : {}),
  };
}
