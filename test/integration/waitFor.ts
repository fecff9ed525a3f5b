/** Polling for the extension-host suites: the editor and the server answer asynchronously. */

/**
 * Calls `check` until it returns something other than undefined or false,
 * and returns that; a throwing check counts as "not yet".
 * @throws Error `timed out after <s>s waiting for <description>` after `timeoutMs` milliseconds
 */
export async function waitFor<T>(description: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${description}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
