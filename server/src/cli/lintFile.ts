/** Lints one template (and fixes it with `--fix`, or in memory with `--fix-dry-run`). */
import { resolve } from 'node:path';
import { checkTemplate, type ContactsFiles } from '../checkTemplate';
import { fixAll, lint, type Severity } from '../core/index';
import { describeFileError, type LoadedContacts } from '../contacts/index';
import { lintOptionsFrom } from '../settings';
import { contactsMessage, templateMessages, type FileReport } from './fileReport';
import { displayPath } from './files';
import { readTemplate } from './readTemplate';
import { runContacts } from './templateContacts';
import { settingsLookup, type TemplateSettings } from './templateSettings';
import { writeFileAtomically } from './writeAtomically';

/** How to lint. */
export interface LintSettings {
  /** The working directory: paths are shown relative to it and front matter may not point outside it. */
  readonly cwd: string;
  /** `--contacts`, relative to `cwd`: wins over the nearest contacts file, not over front matter. */
  readonly contacts?: string;
  readonly limit?: number;
  readonly rules: Readonly<Record<string, Severity>>;
  readonly fix: boolean;
  /** Fix in memory only: the report holds the fixed text, the file is left as it is. */
  readonly fixDryRun?: boolean;
  /** `--max-problems`: most problems reported per template (the rules stop there, which keeps a huge file quick); else the config's, else 1000. */
  readonly maxProblems?: number;
  /** `--config`, absolute: the config file of every template, instead of each one's nearest. */
  readonly config?: string;
}

/** What the templates of one run share: its settings, and the contacts and config files read so far. */
export interface LintContext {
  readonly settings: LintSettings;
  readonly contacts: ContactsFiles;
  /** Each template's settings: its config file under the command line (cli/templateSettings.ts). */
  readonly settingsFor: (templatePath: string) => TemplateSettings;
}

/** What linting one file gave. */
export interface FileOutcome {
  /** The contacts file the template uses, with its own problems, when it has some (a run lists it once). */
  readonly contactsReport?: FileReport;
  /** The template's report; absent when the file could not be read. */
  readonly report?: FileReport;
  /** One-line messages about the file (cannot read, cannot write, a config file's problems); any of them makes the exit code 2. */
  readonly failures: readonly string[];
}

/** A context with no contacts or config file read yet. */
export function createLintContext(settings: LintSettings): LintContext {
  return { settings, contacts: runContacts(), settingsFor: settingsLookup(settings) };
}

/** Lints the template at `path` (absolute). Never rejects for a bad file: it becomes a failure. */
export async function lintFile(path: string, context: LintContext): Promise<FileOutcome> {
  const read = readTemplate(path, displayPath(path, context.settings.cwd));
  if ('failure' in read) return { failures: [read.failure] };
  return lintText(path, read.text, context);
}

/**
 * Lints `original`, the text of the template at `path` (absolute; its
 * config and contacts files are looked up from there, and `--fix` writes
 * there). A text read from stdin has a path that need not exist, and is
 * never fixed in place.
 */
export async function lintText(path: string, original: string, context: LintContext): Promise<FileOutcome> {
  const { settings } = context;
  const shown = displayPath(path, settings.cwd);
  const configured = context.settingsFor(path);
  const check = await checkTemplate(
    {
      text: original,
      path,
      root: settings.cwd,
      // The config file's `contacts` (absolute): under `--contacts` and front matter.
      contactsSetting: configured.settings.contacts || undefined,
      // `--contacts` was named on the command line: like a template named there, it may lie outside cwd.
      contactsNamed: settings.contacts === undefined ? undefined : resolve(settings.cwd, settings.contacts),
      options: lintOptionsFrom(configured.settings),
    },
    context.contacts,
  );
  const failures: string[] = [...configured.configProblems];
  let text = original;
  let fixed = false;
  if (settings.fix || settings.fixDryRun) {
    const result = fixAll(text, check.options);
    if (result.fixable && result.text !== text) {
      if (settings.fixDryRun) {
        text = result.text;
        fixed = true;
      } else {
        try {
          // The text as read: a file saved again since is left for the next run.
          const outcome = writeFileAtomically(path, result.text, original);
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
  }
  const { problems, truncated } = fixed ? lint(text, check.options) : check.result;
  const { maxProblems } = check.options;
  const report: FileReport = { path, source: text, fixed, messages: templateMessages(text, problems), truncated, ...(truncated ? { maxProblems } : {}) };
  const contactsReport = check.contactsPath && check.loaded ? contactsFileReport(check.contactsPath, check.loaded) : undefined;
  return { contactsReport, report, failures };
}

/** The contacts file's own problems and load error, as warnings; undefined when it has none. */
function contactsFileReport(path: string, loaded: LoadedContacts): FileReport | undefined {
  const messages = loaded.problems.map((p) => contactsMessage(p.line, p.message));
  if (loaded.error) messages.unshift(contactsMessage(1, loaded.error));
  return messages.length > 0 ? { path, messages } : undefined;
}
