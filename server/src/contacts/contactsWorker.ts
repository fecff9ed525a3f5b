/**
 * Worker-thread entry: loads one contacts file and posts the result back.
 * Parsing a 30,000-row export makes a lot of short-lived garbage; in a
 * worker it dies with the worker's heap instead of swelling the server's,
 * and the server keeps answering while the file loads. The set is posted
 * packed (packedContacts.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadContactsFile, MAX_CONTACTS_BYTES } from './loadContactsFile';
import { packLoaded } from './packedContacts';

const { file, columns } = workerData as { file: string; columns?: Record<string, string> };
const { message, transfer } = packLoaded(loadContactsFile(String(file), MAX_CONTACTS_BYTES, columns));
parentPort?.postMessage(message, transfer);
