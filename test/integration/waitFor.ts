/** Polling for the extension-host suites: the editor and the server answer asynchronously. */
import { pollUntil } from '../e2e/poll';

/**
 * Calls `check` until it returns something other than undefined or false,
 * and returns that; a throwing check counts as "not yet". The same poll the
 * browser tests use, with a shorter interval.
 * @throws Error `timed out after <s>s waiting for <description>` after `timeoutMs` milliseconds
 */
export function waitFor<T>(description: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30_000): Promise<T> {
  return pollUntil(description, check, { timeoutMs, intervalMs: 50 });
}
