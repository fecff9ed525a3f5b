/** The lint command: find files, lint them, print, choose the exit code. */
import { resolve } from 'node:path';
import type { Paint } from './colors';
import { isBuiltInFormat, type LintCommand } from './args';
import { countMessages, type FileReport } from './fileReport';
import { displayPath, templateFiles } from './files';
import { FormatterError, formatWithEslintFormatter, loadFormatter, type Formatter } from './eslintFormatter';
import { eslintResult, formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatStylish } from './formatStylish';
import { formatUnix } from './formatUnix';
import { createLintContext, lintText, type LintSettings } from './lintFile';
import { lintFiles, type LintRun } from './lintFiles';
import { ignoreCheck, type IgnoreOptions } from './ignoredFiles';
import { readStdin } from './readStdin';
import { configSource } from './templateSettings';
import { writeOutputFile } from './outputFile';
import { plural } from '../core/plural';

/** Where the command writes and how. */
export interface LintIo {
  readonly cwd: string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly paint: Paint;
  /** Standard input, for `--stdin`. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

/**
 * Runs the lint command. Exit code: 2 when a file could not be read or
 * written or an argument matched nothing, else 1 for errors or more
 * warnings than `--max-warnings`, else 0.
 */
export async function runLint(command: LintCommand, io: LintIo): Promise<number> {
  let formatter: Formatter | undefined;
  try {
    // Loaded first: a formatter that is not there is bad usage, found before any work.
    if (!isBuiltInFormat(command.format)) formatter = loadFormatter(command.format, io.cwd);
  } catch (error) {
    if (!(error instanceof FormatterError)) throw error;
    io.err(`invite-lint: ${error.message}\n`);
    return 2;
  }
  const settings = { cwd: io.cwd, contacts: command.contacts, limit: command.limit, rules: command.rules, fix: command.fix, fixDryRun: command.fixDryRun, maxProblems: command.maxProblems, config: command.config === undefined ? undefined : resolve(io.cwd, command.config) };
  let unmatched: readonly string[] = [];
  let run: LintRun;
  if (command.stdin) run = await lintStdin(command, settings, io);
  else {
    const ignoredBecause = ignoreCheck(ignoreOptions(command, io.cwd, settings));
    const found = templateFiles(command.patterns, io.cwd, (path) => ignoredBecause(path) !== undefined);
    for (const message of found.skipped) io.err(`invite-lint: warning: ${message}\n`);
    // A file named on its own that an ignore pattern leaves out is skipped with a word, as ESLint does.
    const files = found.files.filter((path) => {
      const reason = ignoredBecause(path);
      if (reason) io.err(`invite-lint: warning: ${displayPath(path, io.cwd)} is ignored (${reason}); not checked.\n`);
      return reason === undefined;
    });
    if (command.errorOnUnmatchedPattern) unmatched = found.unmatched;
    else for (const message of found.unmatched) io.err(`invite-lint: warning: ${message}\n`);
    run = await lintFiles(files, settings);
  }
  const reports: FileReport[] = command.quiet
    ? run.reports.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error') }))
    : [...run.reports];
  const output = await formatReports(command, reports, io, formatter);
  if (command.outputFile === undefined) io.out(output);
  else {
    const failure = writeOutputFile(resolve(io.cwd, command.outputFile), output);
    if (failure) {
      io.err(`invite-lint: ${command.outputFile}: ${failure}\n`);
      return 2;
    }
  }
  for (const report of run.reports) {
    if (report.truncated && report.maxProblems !== undefined) io.err(`invite-lint: warning: ${displayPath(report.path, io.cwd)} has more than ${plural(report.maxProblems, 'problem')}; only the first ${report.maxProblems} are listed (--max-problems).\n`);
  }
  for (const message of [...unmatched, ...run.failures]) io.err(`invite-lint: ${message}\n`);
  if (unmatched.length > 0 || run.failures.length > 0) return 2;
  const counts = countMessages(reports);
  const tooManyWarnings = command.maxWarnings !== undefined && counts.warning > command.maxWarnings;
  if (tooManyWarnings) io.err(`invite-lint: ${plural(counts.warning, 'warning')}; at most ${command.maxWarnings} allowed (--max-warnings).\n`);
  return counts.error > 0 || tooManyWarnings ? 1 : 0;
}

/** The reports in the command's format: a built-in one, or an ESLint formatter given ESLint's results. */
async function formatReports(command: LintCommand, reports: readonly FileReport[], io: LintIo, formatter?: Formatter): Promise<string> {
  if (formatter) return formatWithEslintFormatter(formatter, reports.map(eslintResult), io.cwd);
  if (command.format === 'json') return formatJson(reports);
  if (command.format === 'sarif') return formatSarif(reports, io.cwd);
  if (command.format === 'unix') return formatUnix(reports, io.cwd);
  return formatStylish(reports, { cwd: io.cwd, paint: io.paint, fixing: command.fix || command.fixDryRun });
}

/** What ESLint reports standard input as when no --stdin-filename names it. */
const STDIN_NAME = '<text>';

/** Lints standard input as the template `--stdin-filename` names (else `<text>` in the working folder). */
async function lintStdin(command: LintCommand, settings: LintSettings, io: LintIo): Promise<LintRun> {
  const path = resolve(io.cwd, command.stdinFilename ?? STDIN_NAME);
  // As ESLint: text standing for an ignored file is not checked, and a warning says so.
  const reason = command.stdinFilename === undefined ? undefined : ignoreCheck(ignoreOptions(command, io.cwd, settings))(path);
  if (reason) {
    io.err(`invite-lint: warning: ${displayPath(path, io.cwd)} is ignored (${reason}); not checked.\n`);
    return { reports: [], failures: [] };
  }
  const read = await readStdin(io.stdin ?? [], displayPath(path, io.cwd));
  if ('failure' in read) return { reports: [], failures: [read.failure] };
  const { contactsReport, report, failures } = await lintText(path, read.text, createLintContext(settings));
  return { reports: [contactsReport, report].filter((r) => r !== undefined), failures };
}

/** What leaves templates out in this run (see ignoredFiles.ts). */
function ignoreOptions(command: LintCommand, cwd: string, settings: LintSettings): IgnoreOptions {
  return { cwd, gitignore: command.gitignore, patterns: command.ignorePatterns, configFor: configSource(cwd, settings.config) };
}
