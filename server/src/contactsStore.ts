/**
 * Loaded contacts files, kept until the file changes: a 30,000-row export
 * is parsed once, not on every keystroke, and off the main thread. A file
 * read with a template's column mapping is kept apart from the same file
 * read without it (contacts/contactsSource.ts).
 */
import type { ColumnMapping } from './contacts/columnMapping';
import { keyIsOf, sourceKey, type ContactsSource } from './contacts/contactsSource';
import { loadContactsInWorker } from './contacts/loadInWorker';
import type { LoadedContacts } from './contacts/loadedContacts';

/** A contacts file by its path, or with the column mapping it is read with. */
export type ContactsSourceLike = string | ContactsSource;

export interface ContactsStore {
  /** The file's contacts if they are loaded; undefined while loading or before. */
  peek(source: ContactsSourceLike): LoadedContacts | undefined;
  /**
   * Loads the file and resolves with it. One load per file at a time:
   * concurrent callers share it, and a change during it (invalidate) makes
   * it load once more when it ends, however many changes came; every caller
   * gets the contents as of the last load.
   */
  load(source: ContactsSourceLike): Promise<LoadedContacts>;
  /** Forget a file, with every mapping it was read with (it changed on disk); true when it was loaded. */
  invalidate(path: string): boolean;
  /** Bumped whenever a load completes or a file is forgotten; part of the check cache key. */
  readonly generation: number;
}

const asSource = (source: ContactsSourceLike): ContactsSource => (typeof source === 'string' ? { path: source } : source);

export function createContactsStore(load: (path: string, columns?: ColumnMapping) => Promise<LoadedContacts> = loadContactsInWorker): ContactsStore {
  const loaded = new Map<string, LoadedContacts>();
  /** The running load of each source; `changed` is set when the file changed after the load began. */
  const loading = new Map<string, { promise: Promise<LoadedContacts>; changed: boolean }>();
  let generation = 0;
  const loadUntilCurrent = async (source: ContactsSource, key: string, running: { changed: boolean }): Promise<LoadedContacts> => {
    for (;;) {
      const result = await load(source.path, source.columns);
      if (!running.changed) {
        loading.delete(key);
        loaded.set(key, result);
        generation++;
        return result;
      }
      // Changed during the load: this result is stale. One more load covers every change so far.
      running.changed = false;
    }
  };
  return {
    peek: (source) => loaded.get(sourceKey(asSource(source))),
    load(sourceLike) {
      const source = asSource(sourceLike);
      const key = sourceKey(source);
      const done = loaded.get(key);
      if (done) return Promise.resolve(done);
      const running = loading.get(key);
      if (running) return running.promise;
      const entry = { changed: false } as { promise: Promise<LoadedContacts>; changed: boolean };
      entry.promise = loadUntilCurrent(source, key, entry);
      loading.set(key, entry);
      return entry.promise;
    },
    invalidate(path) {
      generation++;
      for (const [key, running] of loading) if (keyIsOf(key, path)) running.changed = true;
      let was = false;
      for (const key of [...loaded.keys()]) if (keyIsOf(key, path)) was = loaded.delete(key) || was;
      return was;
    },
    get generation() {
      return generation;
    },
  };
}
