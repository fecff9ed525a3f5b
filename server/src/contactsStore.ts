/**
 * Loaded contacts files, kept until the file changes: a 30,000-row export
 * is parsed once, not on every keystroke.
 */
import { loadContactsFile, type LoadedContacts } from './contacts/index';

export interface ContactsStore {
  /** The file's contacts, loading it on first use. */
  get(path: string): LoadedContacts;
  /** Forget a file (it changed on disk); true when it was loaded. */
  invalidate(path: string): boolean;
  /** Paths loaded so far. */
  paths(): string[];
  /** Bumped on every invalidation; part of the check cache key. */
  readonly generation: number;
}

export function createContactsStore(load: (path: string) => LoadedContacts = loadContactsFile): ContactsStore {
  const loaded = new Map<string, LoadedContacts>();
  let generation = 0;
  return {
    get(path) {
      let entry = loaded.get(path);
      if (!entry) loaded.set(path, (entry = load(path)));
      return entry;
    },
    invalidate(path) {
      generation++;
      return loaded.delete(path);
    },
    paths: () => [...loaded.keys()],
    get generation() {
      return generation;
    },
  };
}
