/**
 * Loaded contacts files, kept until the file changes: a 30,000-row export
 * is parsed once, not on every keystroke, and off the main thread.
 */
import { loadContactsInWorker } from './contacts/loadInWorker';
import type { LoadedContacts } from './contacts/loadedContacts';

export interface ContactsStore {
  /** The file's contacts if they are loaded; undefined while loading or before. */
  peek(path: string): LoadedContacts | undefined;
  /**
   * Loads the file and resolves with it. One load per file at a time:
   * concurrent callers share it, and a change during it (invalidate) makes
   * it load once more when it ends, however many changes came; every caller
   * gets the contents as of the last load.
   */
  load(path: string): Promise<LoadedContacts>;
  /** Forget a file (it changed on disk); true when it was loaded. */
  invalidate(path: string): boolean;
  /** Bumped whenever a load completes or a file is forgotten; part of the check cache key. */
  readonly generation: number;
}

export function createContactsStore(load: (path: string) => Promise<LoadedContacts> = loadContactsInWorker): ContactsStore {
  const loaded = new Map<string, LoadedContacts>();
  /** The running load of each file; `changed` is set when the file changed after the load began. */
  const loading = new Map<string, { promise: Promise<LoadedContacts>; changed: boolean }>();
  let generation = 0;
  const loadUntilCurrent = async (path: string, running: { changed: boolean }): Promise<LoadedContacts> => {
    for (;;) {
      const result = await load(path);
      if (!running.changed) {
        loading.delete(path);
        loaded.set(path, result);
        generation++;
        return result;
      }
      // Changed during the load: this result is stale. One more load covers every change so far.
      running.changed = false;
    }
  };
  return {
    peek: (path) => loaded.get(path),
    load(path) {
      const done = loaded.get(path);
      if (done) return Promise.resolve(done);
      const running = loading.get(path);
      if (running) return running.promise;
      const entry = { changed: false } as { promise: Promise<LoadedContacts>; changed: boolean };
      entry.promise = loadUntilCurrent(path, entry);
      loading.set(path, entry);
      return entry.promise;
    },
    invalidate(path) {
      generation++;
      const running = loading.get(path);
      if (running) running.changed = true;
      return loaded.delete(path);
    },
    get generation() {
      return generation;
    },
  };
}
