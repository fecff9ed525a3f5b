/** Lints template files (and fixes them with `--fix`) into reports. */
import { fixAll, frontMatterSettings, lint, parseTemplate, type LintOptions, type Severity } from '../core/index';
import { describeFileError, type LoadedContacts } from '../contacts/index';
import { contactsMessage, templateMessages, type FileReport, type Message } from './fileReport';
import { displayPath } from './files';
import { positionsOf } from './positions';
import { readTemplate } from './readTemplate';
import { contactsLookup } from './templateContacts';
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
}

/** The reports (templates and contacts files with problems) and the files that could not be read or written. */
export interface LintRun {
  readonly reports: readonly FileReport[];
  /** One-line messages; any of them makes the exit code 2. */
  readonly failures: readonly string[];
}

/**
 * Lints each of `files` (absolute paths) in order. A contacts file's
 * problems are reported once, just before the first template that uses it.
 * Never throws for a bad file: it becomes a failure and the others go on.
 */
export function lintFiles(files: readonly string[], settings: LintSettings): LintRun {
  const reports: FileReport[] = [];
  const failures: string[] = [];
  const contactsFor = contactsLookup(settings.cwd, settings.contacts);
  const notices = new Set<string>();
  for (const path of files) {
    const shown = displayPath(path, settings.cwd);
    const read = readTemplate(path, shown);
    if ('failure' in read) {
      failures.push(read.failure);
      continue;
    }
    let text = read.text;
    const template = parseTemplate(text);
    const named = frontMatterSettings(template.frontMatter).contacts;
    const found = contactsFor(path, named);
    if (found.firstUse && found.path && found.loaded) {
      const report = contactsReport(found.path, found.loaded);
      if (report.messages.length > 0) reports.push(report);
    }
    const extra: Message[] = [];
    if (found.error && !notices.has(found.error)) {
      notices.add(found.error);
      // Point at the front matter's `contacts:` value when that is what named the missing file.
      const span = (named !== undefined && template.frontMatter?.entries.find((e) => e.key === 'contacts')?.valueSpan) || { start: 0, end: 0 };
      const positions = positionsOf(text);
      const [start, end] = [positions.at(span.start), positions.at(span.end)];
      extra.push({ ...contactsMessage(start.line, `${found.error} Checked without contacts.`), column: start.column, endLine: end.line, endColumn: end.column });
    }
    const options: LintOptions = { contacts: found.loaded?.contacts, limit: settings.limit, rules: settings.rules };
    let fixed = false;
    if (settings.fix) {
      const result = fixAll(text, options);
      if (result.fixable && result.text !== text) {
        try {
          writeFileAtomically(path, result.text);
          text = result.text;
          fixed = true;
        } catch (error) {
          failures.push(`${shown}: cannot write (${describeFileError(error)}).`);
        }
      }
    }
    const problems = lint(fixed ? text : template, options).problems;
    reports.push({ path, source: text, fixed, messages: [...extra, ...templateMessages(text, problems)] });
  }
  return { reports, failures };
}

/** The contacts file's own problems and load error, as warnings. */
function contactsReport(path: string, loaded: LoadedContacts): FileReport {
  const messages = loaded.problems.map((p) => contactsMessage(p.line, p.message));
  if (loaded.error) messages.unshift(contactsMessage(1, loaded.error));
  return { path, messages };
}
