/** Lints template files one after another. */
import type { FileReport } from './fileReport';
import { createLintContext, lintFile, type LintSettings } from './lintFile';

/** The reports (templates and contacts files with problems) and the files that could not be read or written. */
export interface LintRun {
  readonly reports: readonly FileReport[];
  /** One-line messages; any of them makes the exit code 2. */
  readonly failures: readonly string[];
}

/**
 * Lints each of `files` (absolute paths) in order, each contacts file
 * and config file read once. A contacts file's own problems are reported once, just
 * before the first template that uses it. Never rejects for a bad file: it
 * becomes a failure and the others go on.
 */
export async function lintFiles(files: readonly string[], settings: LintSettings): Promise<LintRun> {
  const context = createLintContext(settings);
  const reports: FileReport[] = [];
  const failures: string[] = [];
  const reportedContacts = new Set<string>();
  for (const path of files) {
    const { contactsReport, report, failures: failed } = await lintFile(path, context);
    if (contactsReport && !reportedContacts.has(contactsReport.path)) {
      reportedContacts.add(contactsReport.path);
      reports.push(contactsReport);
    }
    if (report) reports.push(report);
    failures.push(...failed);
  }
  return { reports, failures };
}
