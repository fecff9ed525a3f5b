/** What the lint command hands each worker thread (lintWorker.ts) and what the worker posts back. */
import type { FileOutcome, LintSettings } from './lintFile';

/** The worker's `workerData`. */
export interface LintWorkerData {
  /** The slice's number in the run (0 is the main thread's slice). */
  readonly slice: number;
  /** Absolute paths, in order. */
  readonly files: readonly string[];
  readonly settings: LintSettings;
}

/** Each message from the worker: the outcomes of the next files of its slice, in order. */
export type LintWorkerMessage = readonly FileOutcome[];

/**
 * The worker posts the outcomes of this many files at a time: each message
 * costs the main thread about half a millisecond besides its size.
 */
export const OUTCOMES_PER_MESSAGE = 256;

/**
 * For tests only: a comma-separated list of `SLICE` or `SLICE:N`; the worker
 * linting slice number SLICE posts the outcomes of its first N files, then
 * throws (N = 0 when left out: it throws at start).
 */
export const WORKER_THROWS_ENV = 'INVITE_LINT_TEST_WORKER_THROWS';

/** After how many posted outcomes the worker of `slice` is told by `setting` (WORKER_THROWS_ENV) to throw; undefined: never. */
export function throwsAfter(setting: string | undefined, slice: number): number | undefined {
  for (const item of (setting ?? '').split(',')) {
    const [at, after = '0'] = item.split(':');
    if (at.trim() === String(slice)) return Number(after);
  }
  return undefined;
}
