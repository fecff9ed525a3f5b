/** The contacts each template uses, each file loaded once per run. */
import { dirname, resolve } from 'node:path';
import { findContactsFile, loadContactsFile, type LoadedContacts } from '../contacts/index';
import type { ColumnMapping } from '../contacts/columnMapping';
import { sourceKey } from '../contacts/contactsSource';
import { MAX_CONTACTS_BYTES } from '../contacts/loadContactsFile';

/** What a template's contacts lookup found. */
export interface TemplateContacts {
  /** The contacts file (absolute), when one was found. */
  readonly path?: string;
  /** Its contents, when found. */
  readonly loaded?: LoadedContacts;
  /** Why no file was found (a named file is missing, or points outside the working directory). */
  readonly error?: string;
  /** True the first time this run sees `path`: report its problems now. */
  readonly firstUse: boolean;
}

/**
 * A lookup for the templates of one run: front matter `contacts:` first,
 * else `named` (`--contacts`, relative to `cwd`), else `setting` (the
 * config file's `contacts`, absolute), else the nearest contacts file; see findContactsFile for the folders each may come from.
 */
export function contactsLookup(cwd: string, named?: string): (templatePath: string, frontMatter?: string, columns?: ColumnMapping, setting?: string) => TemplateContacts {
  const cache = new Map<string, LoadedContacts>();
  // Templates in one folder naming the same file (or none) find the same contacts: look once per folder.
  const found = new Map<string, ReturnType<typeof findContactsFile>>();
  return (templatePath, frontMatter, columns, setting) => {
    const key = `${dirname(templatePath)}\0${frontMatter ?? ''}\0${setting ?? ''}`;
    let location = found.get(key);
    // `--contacts` was named on the command line: like a template named there, it may lie outside cwd.
    if (!location) found.set(key, (location = findContactsFile(templatePath, { frontMatter, named: named === undefined ? undefined : resolve(cwd, named), setting, root: cwd })));
    const { path, error } = location;
    if (!path) return { error, firstUse: false };
    // Templates that map the file's columns differently read it apart.
    const source = sourceKey({ path, columns });
    const cached = cache.get(source);
    if (cached) return { path, loaded: cached, firstUse: false };
    const loaded = loadContactsFile(path, MAX_CONTACTS_BYTES, columns);
    cache.set(source, loaded);
    return { path, loaded, firstUse: true };
  };
}
