/** Lints one template file (and fixes it with `--fix`). */
import { resolve } from 'node:path';
import { checkTemplate, type ContactsFiles } from '../checkTemplate';
import { fixAll, lint, type Severity } from '../core/index';
import { describeFileError, type LoadedContacts } from '../contacts/index';
import { contactsMessage, templateMessages, type FileReport } from './fileReport';
import { displayPath } from './files';
import { readTemplate } from './readTemplate';
import { writeFileAtomically } from './writeAtomically';

/** How to lint. */
export interface LintSettings {
  /** The working directory: paths are shown relative to it and front matter may not point outside it. */
  readonly cwd: string;
  /** `--contacts`. */
  readonly contacts?: string;
  readonly limit?: number;
  readonly rules: Readonly<Record<string, Severity>>;
  readonly fix: boolean;
  /** Most problems reported per template (the rules stop there, which keeps a huge file quick); all when absent. */
  readonly maxProblems?: number;
}

/** What linting one file gave. */
export interface FileOutcome {
  /** The contacts file the template uses, with its own problems, when it has some (a run lists it once). */
  readonly contactsReport?: FileReport;
  /** The template's report; absent when the file could not be read. */
  readonly report?: FileReport;
  /** One-line messages about the file (cannot read, cannot write); any of them makes the exit code 2. */
  readonly failures: readonly string[];
}

/** Lints the template at `path` (absolute) with the contacts files of the run. Never rejects for a bad file: it becomes a failure. */
export async function lintFile(path: string, settings: LintSettings, contacts: ContactsFiles): Promise<FileOutcome> {
  const shown = displayPath(path, settings.cwd);
  const read = readTemplate(path, shown);
  if ('failure' in read) return { failures: [read.failure] };
  let text = read.text;
  const check = await checkTemplate(
    {
      text,
      path,
      root: settings.cwd,
      // `--contacts` was named on the command line: like a template named there, it may lie outside cwd.
      contactsNamed: settings.contacts === undefined ? undefined : resolve(settings.cwd, settings.contacts),
      options: { limit: settings.limit, rules: settings.rules, maxProblems: settings.maxProblems },
    },
    contacts,
  );
  const failures: string[] = [];
  let fixed = false;
  if (settings.fix) {
    const result = fixAll(text, check.options);
    if (result.fixable && result.text !== text) {
      try {
        // The text as read: a file saved again since is left for the next run.
        const outcome = writeFileAtomically(path, result.text, read.text);
        if ('skipped' in outcome) failures.push(`${shown}: ${outcome.skipped}.`);
        else {
          text = result.text;
          fixed = true;
        }
      } catch (error) {
        failures.push(`${shown}: cannot write (${describeFileError(error)}).`);
      }
    }
  }
  const { problems, truncated } = fixed ? lint(text, check.options) : check.result;
  const report: FileReport = { path, source: text, fixed, messages: templateMessages(text, problems), truncated };
  const contactsReport = check.contactsPath && check.loaded ? contactsFileReport(check.contactsPath, check.loaded) : undefined;
  return { contactsReport, report, failures };
}

/** The contacts file's own problems and load error, as warnings; undefined when it has none. */
function contactsFileReport(path: string, loaded: LoadedContacts): FileReport | undefined {
  const messages = loaded.problems.map((p) => contactsMessage(p.line, p.message));
  if (loaded.error) messages.unshift(contactsMessage(1, loaded.error));
  return messages.length > 0 ? { path, messages } : undefined;
}
