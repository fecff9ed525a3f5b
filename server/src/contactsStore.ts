/**
 * Loaded contacts files, kept until the file changes: a 30,000-row export
 * is parsed once, not on every keystroke, and off the main thread.
 */
import { loadContactsInWorker } from './contacts/loadInWorker';
import type { LoadedContacts } from './contacts/loadedContacts';

export interface ContactsStore {
  /** The file's contacts if they are loaded; undefined while loading or before. */
  peek(path: string): LoadedContacts | undefined;
  /** Loads the file once (concurrent callers share the load) and resolves with it. */
  load(path: string): Promise<LoadedContacts>;
  /** Forget a file (it changed on disk); true when it was loaded. */
  invalidate(path: string): boolean;
  /** Bumped whenever a load completes or a file is forgotten; part of the check cache key. */
  readonly generation: number;
}

export function createContactsStore(load: (path: string) => Promise<LoadedContacts> = loadContactsInWorker): ContactsStore {
  const loaded = new Map<string, LoadedContacts>();
  const loading = new Map<string, Promise<LoadedContacts>>();
  let generation = 0;
  return {
    peek: (path) => loaded.get(path),
    load(path) {
      const done = loaded.get(path);
      if (done) return Promise.resolve(done);
      const inFlight = loading.get(path);
      if (inFlight) return inFlight;
      const pending: Promise<LoadedContacts> = load(path).then((result) => {
        // A change that arrived during the load (invalidate) makes this result stale: keep it out of the cache.
        if (loading.get(path) === pending) {
          loading.delete(path);
          loaded.set(path, result);
          generation++;
        }
        return result;
      });
      loading.set(path, pending);
      return pending;
    },
    invalidate(path) {
      generation++;
      loading.delete(path);
      return loaded.delete(path);
    },
    get generation() {
      return generation;
    },
  };
}
