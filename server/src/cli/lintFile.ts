/** Lints one template file (and fixes it with `--fix`): the step every thread of a run repeats. */
import { fixAll, frontMatterSettings, lint, parseTemplate, type LintOptions, type Severity } from '../core/index';
import { describeFileError, type LoadedContacts } from '../contacts/index';
import { lintOptionsFrom } from '../settings';
import { contactsMessage, templateMessages, type FileReport, type Message } from './fileReport';
import { displayPath } from './files';
import { positionsOf } from './positions';
import { readTemplate } from './readTemplate';
import { contactsLookup, type TemplateContacts } from './templateContacts';
import { settingsLookup, type TemplateSettings } from './templateSettings';
import { writeFileAtomically } from './writeAtomically';

/** How to lint. Plain data, so that it can be handed to a worker thread. */
export interface LintSettings {
  /** The working directory: paths are shown relative to it and front matter may not point outside it. */
  readonly cwd: string;
  /** `--contacts`. */
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

/** What the files linted by one thread share: the settings and the contacts files loaded so far. */
export interface LintContext {
  readonly settings: LintSettings;
  /** `columns` is the template's `columns:` mapping; `setting` the config file's `contacts` (absolute). */
  readonly contactsFor: (templatePath: string, frontMatter?: string, columns?: Readonly<Record<string, string>>, setting?: string) => TemplateContacts;
  readonly settingsFor: (templatePath: string) => TemplateSettings;
}

/**
 * What linting one file gave, before the run's once-only messages are
 * picked (see mergeOutcomes): the contacts report and the notice are
 * repeated by every thread that meets them, and kept only the first time.
 * Plain data, so that a worker thread can post it.
 */
export interface FileOutcome {
  /** The problems of the contacts file the template uses, when this context loaded it for this file and it has some. */
  readonly contactsReport?: FileReport;
  /** Why the template was checked without contacts (a named file is missing or refused), placed in the template. */
  readonly notice?: Message;
  /** The template's report without `notice`; absent when the file could not be read. */
  readonly report?: FileReport;
  /** One-line messages about the file (cannot read, cannot write); any of them makes the exit code 2. */
  readonly failures: readonly string[];
}

/** A context with no contacts file loaded yet. */
export function createLintContext(settings: LintSettings): LintContext {
  return { settings, contactsFor: contactsLookup(settings.cwd, settings.contacts), settingsFor: settingsLookup(settings) };
}

/** Lints the template at `path` (absolute). Never throws for a bad file: it becomes a failure. */
export function lintFile(path: string, context: LintContext): FileOutcome {
  const read = readTemplate(path, displayPath(path, context.settings.cwd));
  if ('failure' in read) return { failures: [read.failure] };
  return lintText(path, read.text, context);
}

/**
 * Lints `original`, the text of the template at `path` (absolute; its
 * contacts are looked up from there, and `--fix` writes there). A text read
 * from stdin has a path that need not exist, and is never fixed in place.
 */
export function lintText(path: string, original: string, context: LintContext): FileOutcome {
  const { settings } = context;
  const shown = displayPath(path, settings.cwd);
  const read = { text: original };
  let text = read.text;
  const template = parseTemplate(text);
  const { contacts: named, columns } = frontMatterSettings(template.frontMatter);
  const configured = context.settingsFor(path);
  const found = context.contactsFor(path, named, columns, configured.settings.contacts || undefined);
  const outcome: { contactsReport?: FileReport; notice?: Message } = {};
  if (found.firstUse && found.path && found.loaded) {
    const report = contactsReport(found.path, found.loaded);
    if (report.messages.length > 0) outcome.contactsReport = report;
  }
  if (found.error) {
    // Point at the front matter's `contacts:` value when that is what named the missing file.
    const span = (named !== undefined && template.frontMatter?.entries.find((e) => e.key === 'contacts')?.valueSpan) || { start: 0, end: 0 };
    const positions = positionsOf(text);
    const [start, end] = [positions.at(span.start), positions.at(span.end)];
    outcome.notice = { ...contactsMessage(start.line, `${found.error} Checked without contacts.`), column: start.column, endLine: end.line, endColumn: end.column };
  }
  const { maxProblems, ...options }: LintOptions = { ...lintOptionsFrom(configured.settings), contacts: found.loaded?.contacts };
  const failures: string[] = [...configured.configProblems];
  let fixed = false;
  if (settings.fixDryRun) {
    const result = fixAll(text, options);
    if (result.fixable && result.text !== text) {
      text = result.text;
      fixed = true;
    }
  } else if (settings.fix) {
    const result = fixAll(text, options);
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
  const { problems, truncated } = lint(fixed ? text : template, { ...options, maxProblems });
  return { ...outcome, report: { path, source: text, fixed, messages: templateMessages(text, problems), truncated, ...(truncated ? { maxProblems } : {}) }, failures };
}

/** The contacts file's own problems and load error, as warnings. */
function contactsReport(path: string, loaded: LoadedContacts): FileReport {
  const messages = loaded.problems.map((p) => contactsMessage(p.line, p.message));
  if (loaded.error) messages.unshift(contactsMessage(1, loaded.error));
  return { path, messages };
}
