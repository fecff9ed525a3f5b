/** The contacts files of one CLI run: each looked for once per folder, each loaded once per column mapping. */
import { dirname } from 'node:path';
import type { ContactsFiles } from '../checkTemplate';
import { findContactsFile, loadContactsFile, type ContactsLocation, type LoadedContacts } from '../contacts/index';
import { sourceKey } from '../contacts/contactsSource';
import { MAX_CONTACTS_BYTES } from '../contacts/loadContactsFile';

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
    load(source) {
      // Templates that map the file's columns differently read it apart.
      const key = sourceKey(source);
      let contents = loaded.get(key);
      if (!contents) loaded.set(key, (contents = loadContactsFile(source.path, MAX_CONTACTS_BYTES, source.columns)));
      return contents;
    },
  };
}
