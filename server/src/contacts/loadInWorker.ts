/**
 * Loads a contacts file in a worker thread (contactsWorker.ts). The server
 * loads contacts only this way, so its own bundle carries no CSV or JSON
 * parser: they live in dist/contactsWorker.js.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ColumnMapping } from './columnMapping';
import type { LoadedContacts } from './loadedContacts';
import { unpackLoaded, type PackedLoadedContacts } from './packedContacts';

/** The bundled worker beside the server bundle. */
const WORKER = path.join(__dirname, 'contactsWorker.js');

/** The contacts at `file`, read with `columns` when given. Never rejects: a worker that fails gives a result with `error`. */
export function loadContactsInWorker(file: string, columns?: ColumnMapping): Promise<LoadedContacts> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (loaded: LoadedContacts) => {
      if (!settled) {
        settled = true;
        resolve(loaded);
      }
    };
    const failed = (why: string) => settle({ problems: [], error: `${file}: could not be loaded (${why}).` });
    try {
      const worker = new Worker(WORKER, { workerData: { file, columns }, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
      worker.once('message', (message: PackedLoadedContacts) => settle(unpackLoaded(message)));
      worker.once('error', (error) => failed(error.message));
      worker.once('exit', (code) => failed(`the loader stopped with code ${code}`));
    } catch (error) {
      failed(error instanceof Error ? error.message : String(error));
    }
  });
}
