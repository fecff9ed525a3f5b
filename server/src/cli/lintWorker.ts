/**
 * Worker-thread entry (bundled to dist/cliWorker.js): lints one slice of a
 * run's files with its own context and posts the outcomes back in order, a
 * few files at a time, so that a worker that dies leaves the main thread
 * only the files it has not reported.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createLintContext, lintFile, type FileOutcome } from './lintFile';
import { OUTCOMES_PER_MESSAGE, throwsAfter, WORKER_THROWS_ENV, type LintWorkerData, type LintWorkerMessage } from './lintWorkerData';

const data = workerData as LintWorkerData;
const failAfter = throwsAfter(process.env[WORKER_THROWS_ENV], data.slice);
const post = (outcomes: LintWorkerMessage) => parentPort?.postMessage(outcomes);

/** Throws when a test asked this worker to fail once it has posted `posted` outcomes. */
function failIfAsked(posted: number): void {
  if (posted === failAfter) throw new Error(`slice ${data.slice} failed on purpose (${WORKER_THROWS_ENV}).`);
}

failIfAsked(0);
// Structured cloning drops the rules' null prototype (args.ts); put it back.
const context = createLintContext({ ...data.settings, rules: Object.assign(Object.create(null), data.settings.rules) });
let batch: FileOutcome[] = [];
let linted = 0;
for (const path of data.files) {
  batch.push(lintFile(path, context));
  linted++;
  if (batch.length === OUTCOMES_PER_MESSAGE || linted === failAfter) {
    post(batch);
    batch = [];
  }
  failIfAsked(linted);
}
if (batch.length > 0) post(batch);
