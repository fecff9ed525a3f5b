/** "Did you mean …?" for a mistyped option or rule id, only when a name is close enough to be the one meant. */
import { closest, distance } from 'fastest-levenshtein';

/**
 * The name of `candidates` closest to `typed`, when it is within a third of
 * the longer of the two (at least 2 edits): a typo, not another word.
 * `--stdin` is not a misspelt `--limit`.
 */
export function didYouMean(typed: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(typed, [...candidates]);
  const allowed = Math.max(2, Math.floor(Math.max(typed.length, best.length) / 3));
  return distance(typed, best) <= allowed ? best : undefined;
}
