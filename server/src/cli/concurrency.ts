/** `--concurrency`: how many threads lint a run's files. */
import { availableParallelism } from 'node:os';

/** A whole number of threads (at least 1), `auto`, or `off` (this thread only). */
export type Concurrency = number | 'auto' | 'off';

/** `auto` never uses more threads than this, however many cores there are. */
export const AUTO_MAX_THREADS = 4;

/**
 * `auto` gives each thread at least this many files: a worker takes about
 * 60 ms to start on an idle core (more on a busy one) and a file about
 * 0.15 ms to lint, so a second thread pays for itself from several hundred
 * files.
 */
export const AUTO_MIN_FILES_PER_THREAD = 500;

/**
 * How many threads (this one included) lint `files` files: `off` is 1; a
 * number is taken as given; `auto` is at most min(`cores`, 4), and fewer when
 * some thread would get under AUTO_MIN_FILES_PER_THREAD files. Never more
 * threads than files, never fewer than 1.
 */
export function threadCount(concurrency: Concurrency, files: number, cores: number = availableParallelism()): number {
  const wanted =
    concurrency === 'off' ? 1 : concurrency === 'auto' ? Math.min(cores, AUTO_MAX_THREADS, Math.floor(files / AUTO_MIN_FILES_PER_THREAD)) : concurrency;
  return Math.max(1, Math.min(wanted, files));
}
