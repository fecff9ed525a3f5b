/**
 * ESLint's JSON formatter shape (its LintResult), so that ESLint's own
 * formatters and tools reading ESLint results take these: one entry per
 * file, severity 2 for errors and 1 otherwise (`level` keeps the exact
 * severity), the fix and the quick fixes (`suggestions`) each as one edit.
 */
import type { FileReport } from './fileReport';

/** One file as ESLint reports it. */
export type EslintResult = ReturnType<typeof eslintResult>;

/** Prints `reports` as a JSON array (clean files included). */
export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(reports.map(eslintResult))}\n`;
}

/** `report` in ESLint's LintResult shape. */
export function eslintResult(report: FileReport) {
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
    ...(m.suggestions ? { suggestions: m.suggestions.map((s) => ({ desc: s.desc, fix: { range: [...s.fix.range], text: s.fix.text } })) } : {}),
  }));
  const errors = report.messages.filter((m) => m.severity === 'error');
  const others = report.messages.filter((m) => m.severity !== 'error');
  return {
    filePath: report.path,
    messages,
    // Nothing is suppressed by inline comments, no rule is deprecated, and no file fails to parse: a template always does.
    suppressedMessages: [] as never[],
    errorCount: errors.length,
    fatalErrorCount: 0,
    warningCount: others.length,
    fixableErrorCount: errors.filter((m) => m.fixable).length,
    fixableWarningCount: others.filter((m) => m.fixable).length,
    usedDeprecatedRules: [] as never[],
    // As ESLint: the fixed text as `output`, else the text of a file with problems as `source`.
    ...(report.fixed ? { output: report.source } : messages.length > 0 && report.source !== undefined ? { source: report.source } : {}),
  };
}
