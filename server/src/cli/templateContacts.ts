/** The contacts files of one CLI run: each looked for once per folder, each loaded once. */
import { dirname } from 'node:path';
import type { ContactsFiles } from '../checkTemplate';
import { findContactsFile, loadContactsFile, type ContactsLocation, type LoadedContacts } from '../contacts/index';

/** The contacts files one run reads, for checkTemplate. */
export function runContacts(): ContactsFiles {
  const loaded = new Map<string, LoadedContacts>();
  // Templates in one folder naming the same file (or none) find the same contacts: look once per folder.
  const found = new Map<string, ContactsLocation>();
  return {
    find(templatePath, lookup) {
      const key = JSON.stringify([dirname(templatePath), lookup.frontMatter, lookup.named, lookup.setting, lookup.root]);
      let location = found.get(key);
      if (!location) found.set(key, (location = findContactsFile(templatePath, lookup)));
      return location;
    },
    load(path) {
      let contents = loaded.get(path);
      if (!contents) loaded.set(path, (contents = loadContactsFile(path)));
      return contents;
    },
  };
}
