/**
 * The server's checks of open templates: checkTemplate behind a cache per
 * document version, settings generation, contacts generation and sample
 * choice, so that diagnostics, hover, completion, code actions and the
 * preview of one state share one check. Each open template's sample
 * contact is held here: the client tells it (SampleContactRequest) and
 * every feature reads it from the check.
 */
import { fileURLToPath } from 'node:url';
import { checkTemplate, type SampleChoice, type TemplateCheck } from '../checkTemplate';
// Direct module import: the contacts parsers stay out of the server bundle (they run in a worker).
import { findContactsFile } from '../contacts/findContactsFile';
import type { ContactsStore } from '../contactsStore';
import { lintOptionsFrom, type Settings } from '../settings';

/** A document as the checker needs it. */
export interface TemplateDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** A check of one version of an open template. */
export interface DocumentCheck extends TemplateCheck {
  readonly version: number;
}

export interface DocumentChecks {
  /** The check of `document` as it is now, its settings and contacts loaded first. */
  check(document: TemplateDocument): Promise<DocumentCheck>;
  /** Makes `sample` the sample contact of the template at `uri` (until it closes). */
  choose(uri: string, sample: SampleChoice): void;
  /** Drop everything kept for a closed document. */
  forget(uri: string): void;
  /** How many checks, contacts locations and sample choices are kept (one each per open document at most). */
  held(): { readonly checks: number; readonly located: number; readonly samples: number };
}

/**
 * `settingsFor` loads the settings that apply to a document (validated)
 * and a generation that moves whenever any settings change; `rootFor` gives
 * its workspace folder path, if any; `isOpen` whether it is still open. A
 * check that ends after its document closed is returned but not kept:
 * nothing of a closed document stays in memory.
 */
export function createDocumentChecks(
  store: ContactsStore,
  settingsFor: (uri: string) => Promise<{ settings: Settings; generation: number }>,
  rootFor: (uri: string) => string | undefined,
  isOpen: (uri: string) => boolean = () => true,
): DocumentChecks {
  const cache = new Map<string, { key: string; check: Promise<DocumentCheck> }>();
  const samples = new Map<string, { choice: SampleChoice; generation: number }>();
  let sampleGeneration = 0;
  // Finding the contacts file touches the disk; typing does not change where it is, so the answer is kept
  // until the lookup's inputs change or a watched contacts file changes (store.generation moves).
  const located = new Map<string, { key: string; found: ReturnType<typeof findContactsFile> }>();
  const find: typeof findContactsFile = (templatePath, lookup = {}) => {
    const key = JSON.stringify([lookup.frontMatter, lookup.setting, lookup.root, store.generation]);
    const hit = located.get(templatePath);
    if (hit && hit.key === key) return hit.found;
    const found = findContactsFile(templatePath, lookup);
    located.set(templatePath, { key, found });
    return found;
  };
  const forget = (uri: string) => {
    cache.delete(uri);
    samples.delete(uri);
    const templatePath = filePathOf(uri);
    if (templatePath !== undefined) located.delete(templatePath);
  };
  const keyOf = (version: number, uri: string, settingsGeneration: number) =>
    `${version}:${settingsGeneration}:${store.generation}:${samples.get(uri)?.generation ?? 0}`;
  return {
    async check(document) {
      const { uri } = document;
      const { settings, generation } = await settingsFor(uri);
      // Read after the wait: an open document is updated in place, and the check is of its text now.
      const version = document.version;
      const cached = cache.get(uri);
      if (cached && cached.key === keyOf(version, uri, generation)) return cached.check;
      const entry = {
        key: keyOf(version, uri, generation),
        check: checkTemplate(
          {
            text: document.getText(),
            path: filePathOf(uri),
            root: rootFor(uri),
            contactsSetting: settings.contacts,
            sampleSetting: settings.sampleContact,
            chosenSample: samples.get(uri)?.choice,
            options: lintOptionsFrom(settings),
          },
          { find, load: (source) => store.load(source) },
        ).then((check) => ({ ...check, version })),
      };
      cache.set(uri, entry);
      try {
        await entry.check;
      } finally {
        // Contacts loaded during the check are in it: it answers for the generation they brought.
        if (cache.get(uri) === entry) entry.key = keyOf(version, uri, generation);
        if (!isOpen(uri)) forget(uri);
      }
      return entry.check;
    },
    choose(uri, choice) {
      samples.set(uri, { choice, generation: ++sampleGeneration });
    },
    forget,
    held: () => ({ checks: cache.size, located: located.size, samples: samples.size }),
  };
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
