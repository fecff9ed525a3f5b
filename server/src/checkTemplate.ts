/**
 * Checks one template: finds its contacts file, loads it, lints the
 * template with it and picks the sample contact. The one "check a template"
 * every edge calls — the language server (behind its per-version cache,
 * lsp/documentChecks.ts), `invite-lint` lint and preview, and the tests —
 * so that all of them say the same thing about the same file.
 */
import { join } from 'node:path';
import { contactName, findContact, frontMatterSettings, lint, parseTemplate, type ContactSet, type LintOptions, type LintResult } from './core/index';
// Direct module imports: the contacts parsers stay out of the server bundle (they run in a worker).
import type { ContactsSource } from './contacts/contactsSource';
import type { ContactsLocation, ContactsLookup } from './contacts/findContactsFile';
import type { LoadedContacts } from './contacts/loadedContacts';

/** Where contacts files come from: the server's store (loaded in a worker, kept until they change) or the CLI's run. */
export interface ContactsFiles {
  /** Which contacts file the template at `templatePath` uses (see findContactsFile). */
  find(templatePath: string, lookup: ContactsLookup): ContactsLocation;
  /** The contents of a contacts file (absolute path) read with a template's column mapping. */
  load(source: ContactsSource): LoadedContacts | Promise<LoadedContacts>;
}

/** A contact chosen as the sample (the preview's picker, "Select Sample Contact", `--contact`). */
export interface SampleChoice {
  /** Its full or first name (findContact). */
  readonly name: string;
  /** Its index when chosen from a list: kept while the name there still matches, so one of two namesakes stays chosen. */
  readonly index?: number;
}

/** What to check and how. */
export interface CheckRequest {
  /** The template's text. */
  readonly text: string;
  /** The template's file path; a document that is no file stands at the root of its folder. Without either it has no contacts. */
  readonly path?: string;
  /** The workspace folder, or the CLI's working folder: contacts files may not lie outside it. */
  readonly root?: string;
  /** The `invite.contacts` setting (relative to `root`). */
  readonly contactsSetting?: string;
  /** `--contacts`: a file named on the command line, absolute. */
  readonly contactsNamed?: string;
  /** The `invite.sampleContact` setting. */
  readonly sampleSetting?: string;
  /** The contact chosen for this template; wins over front matter `sample:` and the setting. */
  readonly chosenSample?: SampleChoice;
  /** Settings or flags (limit, rules, phrases, …); the contacts are added here. */
  readonly options: LintOptions;
}

/** Everything known about one template as it is now. */
export interface TemplateCheck {
  readonly result: LintResult;
  /** The options the template was linted with, contacts included (fix-all and the preview re-use them). */
  readonly options: LintOptions;
  readonly contacts?: ContactSet;
  /** The contacts file found (loaded into `contacts` unless `loaded.error` says why not). */
  readonly contactsPath?: string;
  /** That file as loaded: its rows' lines and its own problems. */
  readonly loaded?: LoadedContacts;
  /** The template's `columns:` mapping the contacts file is read with. */
  readonly contactsColumns?: Readonly<Record<string, string>>;
  /** Index of the sample contact, or -1 without contacts. */
  readonly sample: number;
  /** A sample asked for by name that is not among the contacts (the first contact is used instead). */
  readonly unmatchedSample?: { readonly name: string; readonly chosen: boolean };
}

/**
 * Checks `request.text`: contacts from front matter `contacts:`, else
 * `--contacts`, else the setting, else the nearest contacts file; the
 * sample from the choice, else front matter `sample:`, else the setting,
 * else the first contact. A contacts file asked for that cannot be had
 * becomes the `contacts-file` problem. Never throws for bad input.
 */
export async function checkTemplate(request: CheckRequest, files: ContactsFiles): Promise<TemplateCheck> {
  const template = parseTemplate(request.text);
  const fm = frontMatterSettings(template.frontMatter);
  const templatePath = request.path ?? (request.root === undefined ? undefined : join(request.root, 'untitled.invite'));
  const found: ContactsLocation = templatePath === undefined
    ? {}
    : files.find(templatePath, { frontMatter: fm.contacts, named: request.contactsNamed, setting: request.contactsSetting || undefined, root: request.root });
  const loaded = found.path === undefined ? undefined : await files.load({ path: found.path, columns: fm.columns });
  const contacts = loaded?.contacts;
  const contactsProblem = found.error ?? loaded?.error;
  const options: LintOptions = { ...request.options, contacts, contactsProblem };
  const result = lint(template, options);
  const { sample, unmatchedSample } = sampleOf(contacts, request.chosenSample, fm.sample ?? (request.sampleSetting || undefined));
  return { result, options, contacts, contactsPath: found.path, loaded, contactsColumns: fm.columns, sample, unmatchedSample };
}

/**
 * The sample contact: the chosen one, else the one named by default (front
 * matter or setting), else the first; -1 without contacts. A name that
 * matches no contact is returned as unmatched, and the next in line is used.
 */
function sampleOf(contacts: ContactSet | undefined, chosen: SampleChoice | undefined, named: string | undefined): Pick<TemplateCheck, 'sample' | 'unmatchedSample'> {
  if (!contacts || contacts.size === 0) return { sample: -1 };
  let fallback = 0;
  let unmatchedSample: TemplateCheck['unmatchedSample'];
  if (named !== undefined) {
    const found = findContact(contacts, named);
    if (found !== -1) fallback = found;
    else unmatchedSample = { name: named, chosen: false };
  }
  if (!chosen) return { sample: fallback, unmatchedSample };
  const { index } = chosen;
  if (index !== undefined && index < contacts.size && contactName(contacts, index) === chosen.name) return { sample: index };
  const found = findContact(contacts, chosen.name);
  return found !== -1 ? { sample: found } : { sample: fallback, unmatchedSample: { name: chosen.name, chosen: true } };
}
