/** Lints a run's files on several threads: this one and worker threads running lintWorker.ts. */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileOutcome, LintSettings } from './lintFile';
import { lintFiles, lintSlice } from './lintFiles';
import { mergeOutcomes, type LintRun } from './lintRun';
import type { LintWorkerData, LintWorkerMessage } from './lintWorkerData';
import { contiguousSlices } from './slices';

/** The bundled worker beside the CLI bundle. */
const WORKER = join(__dirname, 'cliWorker.js');

/**
 * Lints `files` (absolute, in order) on `threads` threads in all: the files
 * are cut into that many contiguous slices, this thread lints the first
 * while a worker lints each of the others, and the outcomes are merged in
 * file order, so that the run is the same as lintFiles gives. A worker that
 * cannot start or stops early leaves its unreported files to this thread.
 * Never rejects for a bad file or a failed worker.
 */
export async function lintInThreads(files: readonly string[], settings: LintSettings, threads: number): Promise<LintRun> {
  const slices = contiguousSlices(files, threads);
  if (slices.length <= 1) return lintFiles(files, settings);
  const others = slices.slice(1).map((slice, i) => lintInWorker({ slice: i + 1, files: slice, settings }));
  const first = lintSlice(slices[0], settings);
  return mergeOutcomes([first, ...(await Promise.all(others))].flat());
}

/** The outcomes of `data.files`, from a worker as far as it got and from this thread for the rest. */
function lintInWorker(data: LintWorkerData): Promise<FileOutcome[]> {
  return new Promise((resolve) => {
    const outcomes: FileOutcome[] = [];
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      // A loop, not push(...): a slice may hold more files than a call takes arguments.
      if (outcomes.length < data.files.length) for (const outcome of lintSlice(data.files.slice(outcomes.length), data.settings)) outcomes.push(outcome);
      resolve(outcomes);
    };
    let worker: Worker;
    try {
      worker = new Worker(WORKER, { workerData: data });
    } catch {
      settle();
      return;
    }
    worker.on('message', (message: LintWorkerMessage) => {
      if (settled) return;
      outcomes.push(...message);
      if (outcomes.length >= data.files.length) settle();
    });
    // The worker's error is not shown: its files are linted here instead, and the output is the same.
    // Only 'exit' settles: it comes after the messages the worker posted before failing (Node drains
    // them first), while 'error' can overtake them, and a file fixed there must not be fixed again here.
    worker.on('error', () => undefined);
    worker.once('exit', settle);
  });
}
