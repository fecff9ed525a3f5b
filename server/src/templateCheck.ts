/**
 * Checks one open template: finds and loads its contacts, lints it, and
 * picks its sample contact. Results are cached per document version,
 * settings and contacts generation, so diagnostics, hover, completion and
 * the preview share one lint per keystroke.
 */
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { findContact, frontMatterSettings, lint, parseFrontMatter, parseTemplate, type ContactSet, type FrontMatterSettings, type LintOptions, type LintResult } from './core/index';
// Direct module imports: the contacts parsers stay out of the server bundle (they run in a worker).
import { findContactsFile } from './contacts/findContactsFile';
import type { ContactsSource } from './contacts/contactsSource';
import type { LoadedContacts } from './contacts/loadedContacts';
import type { ContactsStore } from './contactsStore';
import { lintOptionsFrom, type Settings } from './settings';

/** A document as the checker needs it. */
export interface TemplateDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** Everything known about one version of a template. */
export interface TemplateCheck {
  readonly version: number;
  readonly result: LintResult;
  /** The options the template was linted with (fix-all re-uses them). */
  readonly options: LintOptions;
  readonly contacts?: ContactSet;
  /** The contacts file used, when one was found and loaded. */
  readonly contactsPath?: string;
  readonly contactsLines?: readonly number[];
  /** Why no contacts are used, when one was asked for and could not be had. */
  readonly contactsError?: string;
  /** The template's `columns:` mapping the contacts file is read with. */
  readonly contactsColumns?: Readonly<Record<string, string>>;
  /** A contacts file this template uses that is not loaded yet: load it (ContactsStore.load) and check again. */
  readonly pendingContacts?: ContactsSource;
  /** Index of the sample contact, or -1. */
  readonly sample: number;
}

export interface TemplateChecker {
  check(document: TemplateDocument): TemplateCheck;
  /**
   * The contacts file `document` uses when it is not loaded yet, found from
   * the front matter alone: load it first, and the check runs once, with it.
   */
  contactsToLoad(document: TemplateDocument): ContactsSource | undefined;
  /** Drop everything kept for a closed document. */
  forget(uri: string): void;
  /** How many checks and contacts locations are kept (one each per open document at most). */
  held(): { readonly checks: number; readonly located: number };
}

/**
 * `settingsFor` returns the settings that apply to a document (already
 * validated); `rootFor` its workspace folder path, if any; `isOpen` whether
 * the document is still open. A check that ends after its document closed
 * (a slow settings or contacts load) is returned but not kept: nothing of a
 * closed document stays in memory, whatever state its check was in.
 */
export function createTemplateChecker(
  store: ContactsStore,
  settingsFor: (uri: string) => { settings: Settings; generation: number },
  rootFor: (uri: string) => string | undefined,
  isOpen: (uri: string) => boolean = () => true,
): TemplateChecker {
  const cache = new Map<string, { key: string; check: TemplateCheck }>();
  // Finding the contacts file touches the disk; typing does not change where it is, so the answer is kept
  // until the lookup's inputs change or a watched contacts file changes (store.generation moves).
  const located = new Map<string, { key: string; found: ReturnType<typeof findContactsFile> }>();
  const locate: typeof findContactsFile = (templatePath, lookup = {}) => {
    const key = JSON.stringify([lookup.frontMatter, lookup.setting, lookup.root, store.generation]);
    const hit = located.get(templatePath);
    if (hit && hit.key === key) return hit.found;
    const found = findContactsFile(templatePath, lookup);
    located.set(templatePath, { key, found });
    return found;
  };
  const forget = (uri: string) => {
    cache.delete(uri);
    const templatePath = filePathOf(uri);
    if (templatePath !== undefined) located.delete(templatePath);
  };
  /** Drops what a call just kept for `uri` if its document closed while the call waited. */
  const keepOnlyIfOpen = (uri: string) => {
    if (!isOpen(uri)) forget(uri);
  };
  return {
    check(document) {
      const { settings, generation } = settingsFor(document.uri);
      const key = `${document.version}:${generation}:${store.generation}`;
      const cached = cache.get(document.uri);
      if (cached && cached.key === key) return cached.check;
      const check = runCheck(document, settings, store, rootFor(document.uri), locate);
      cache.set(document.uri, { key, check });
      keepOnlyIfOpen(document.uri);
      return check;
    },
    contactsToLoad(document) {
      const { settings } = settingsFor(document.uri);
      const fm = frontMatterSettings(parseFrontMatter(document.getText()));
      const found = locateFor(document, fm, settings, rootFor(document.uri), locate);
      keepOnlyIfOpen(document.uri);
      const source = found.path ? { path: found.path, columns: fm.columns } : undefined;
      return source && !store.peek(source) ? source : undefined;
    },
    forget,
    held: () => ({ checks: cache.size, located: located.size }),
  };
}

function runCheck(document: TemplateDocument, settings: Settings, store: ContactsStore, root: string | undefined, locate: typeof findContactsFile): TemplateCheck {
  const template = parseTemplate(document.getText());
  const fm = frontMatterSettings(template.frontMatter);
  const found = locateFor(document, fm, settings, root, locate);
  let loaded: LoadedContacts | undefined;
  let contactsError = found.error;
  const source = found.path ? { path: found.path, columns: fm.columns } : undefined;
  if (source) {
    loaded = store.peek(source);
    if (loaded?.error) contactsError = loaded.error;
  }
  const contacts = loaded?.contacts;
  const options: LintOptions = { ...lintOptionsFrom(settings), contacts };
  const result = lint(template, options);
  const sampleName = fm.sample ?? settings.sampleContact;
  let sample = contacts && contacts.size > 0 ? 0 : -1;
  if (contacts && sampleName) {
    const found = findContact(contacts, sampleName);
    if (found !== -1) sample = found;
  }
  return {
    version: document.version,
    result,
    options,
    contacts,
    contactsPath: contacts ? found.path : undefined,
    contactsLines: loaded?.lines,
    contactsColumns: contacts ? fm.columns : undefined,
    contactsError,
    pendingContacts: source && !loaded ? source : undefined,
    sample,
  };
}

/**
 * Where the contacts file of `document` is, by its front matter, the settings and the folders around it.
 * A document that is no file (untitled) stands at the root of its workspace folder; without one it has no contacts.
 */
function locateFor(document: TemplateDocument, fm: FrontMatterSettings, settings: Settings, root: string | undefined, locate: typeof findContactsFile) {
  const templatePath = filePathOf(document.uri) ?? (root === undefined ? undefined : path.join(root, 'untitled.invite'));
  if (templatePath === undefined) return {};
  return locate(templatePath, { frontMatter: fm.contacts, setting: settings.contacts || undefined, root });
}

/** The file-system path of a `file:` URI, else undefined. */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
