/** The lint command: find files, lint them, print, choose the exit code. */
import type { Paint } from './colors';
import type { LintCommand } from './args';
import { countMessages, type FileReport } from './fileReport';
import { displayPath, templateFiles } from './files';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatStylish } from './formatStylish';
import { lintFiles } from './lintFiles';
import { plural } from '../core/plural';

/** Where the command writes and how. */
export interface LintIo {
  readonly cwd: string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly paint: Paint;
}

/**
 * Runs the lint command. Exit code: 2 when a file could not be read or
 * written or an argument matched nothing, else 1 for errors or more
 * warnings than `--max-warnings`, else 0.
 */
export async function runLint(command: LintCommand, io: LintIo): Promise<number> {
  const { files, unmatched, skipped } = templateFiles(command.patterns, io.cwd);
  for (const message of skipped) io.err(`invite-lint: warning: ${message}\n`);
  const settings = { cwd: io.cwd, contacts: command.contacts, limit: command.limit, rules: command.rules, fix: command.fix, maxProblems: command.maxProblems };
  const run = await lintFiles(files, settings);
  const reports: FileReport[] = command.quiet
    ? run.reports.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error') }))
    : [...run.reports];
  if (command.format === 'json') io.out(formatJson(reports));
  else if (command.format === 'sarif') io.out(formatSarif(reports, io.cwd));
  else io.out(formatStylish(reports, { cwd: io.cwd, paint: io.paint, fixing: command.fix }));
  for (const report of run.reports) {
    if (report.truncated) io.err(`invite-lint: warning: ${displayPath(report.path, io.cwd)} has more than ${plural(command.maxProblems, 'problem')}; only the first ${command.maxProblems} are listed (--max-problems).\n`);
  }
  for (const message of [...unmatched, ...run.failures]) io.err(`invite-lint: ${message}\n`);
  if (unmatched.length > 0 || run.failures.length > 0) return 2;
  const counts = countMessages(reports);
  const tooManyWarnings = command.maxWarnings !== undefined && counts.warning > command.maxWarnings;
  if (tooManyWarnings) io.err(`invite-lint: ${plural(counts.warning, 'warning')}; at most ${command.maxWarnings} allowed (--max-warnings).\n`);
  return counts.error > 0 || tooManyWarnings ? 1 : 0;
}
