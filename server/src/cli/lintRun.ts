/** A lint run's result, put together from the outcomes of its files in file order. */
import type { FileReport } from './fileReport';
import type { FileOutcome } from './lintFile';

/** The reports (templates and contacts files with problems) and the files that could not be read or written. */
export interface LintRun {
  readonly reports: readonly FileReport[];
  /** One-line messages; any of them makes the exit code 2. */
  readonly failures: readonly string[];
}

/**
 * Joins `outcomes` (one per file, in file order, from one thread or from
 * several threads' slices) into a run. A contacts file's problems are
 * reported once, just before the first template that uses it; a notice about
 * missing contacts is shown once per distinct message, in the first template
 * that meets it.
 */
export function mergeOutcomes(outcomes: Iterable<FileOutcome>): LintRun {
  const reports: FileReport[] = [];
  const failures: string[] = [];
  const reportedContacts = new Set<string>();
  const notices = new Set<string>();
  for (const outcome of outcomes) {
    const { contactsReport, notice, report } = outcome;
    if (contactsReport && !reportedContacts.has(contactsReport.path)) {
      reportedContacts.add(contactsReport.path);
      reports.push(contactsReport);
    }
    if (report) {
      const shown = notice !== undefined && !notices.has(notice.message);
      if (shown) notices.add(notice.message);
      reports.push(shown ? { ...report, messages: [notice, ...report.messages] } : report);
    }
    failures.push(...outcome.failures);
  }
  return { reports, failures };
}
