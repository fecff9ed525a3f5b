import type { Locator } from 'playwright-core';

/** Where to look for elements: a Page, a FrameLocator (e.g. a webview's document) or a Locator. */
export interface ElementScope {
  locator(selector: string): Locator;
}

/** How long and how often to poll. */
export interface PollOptions {
  /** Give up after this many milliseconds (default 30 000). */
  timeoutMs?: number;
  /** Wait this many milliseconds between checks (default 100). */
  intervalMs?: number;
}

/**
 * Calls `check` until it returns something other than `undefined` or `false`, and returns that.
 * A throwing check counts as "not yet"; its last error is quoted when time runs out.
 * @throws Error `timed out after <s>s waiting for <description>` when `timeoutMs` elapses
 */
export async function pollUntil<T>(
  description: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  { timeoutMs = 30_000, intervalMs = 100 }: PollOptions = {},
): Promise<T> {
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
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
      throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${description}${cause}`);
    }
    await new Promise((resolveDelay) => setTimeout(resolveDelay, intervalMs));
  }
}

/**
 * Waits until an element matching `selector` is visible and returns a locator for the first match.
 * @throws Error naming the selector when none is visible within `timeoutMs` (default 30 000 ms)
 */
export async function waitForSelector(page: ElementScope, selector: string, { timeoutMs = 30_000 }: PollOptions = {}): Promise<Locator> {
  const locator = page.locator(selector).first();
  try {
    await locator.waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    throw new Error(`timed out after ${timeoutMs / 1000}s waiting for a visible ${selector}`);
  }
  return locator;
}

/**
 * Waits until some element matching `selector` has text containing `text`; returns that element's whole text.
 * Non-breaking spaces read as spaces: the editor renders a line's spaces as U+00A0.
 * @throws Error naming the selector, the text and what was seen when time runs out
 */
export async function waitForText(page: ElementScope, selector: string, text: string, options: PollOptions = {}): Promise<string> {
  let seen: string[] = [];
  try {
    return await pollUntil(
      `"${text}" in ${selector}`,
      async () => {
        seen = (await page.locator(selector).allTextContents()).map((content) => content.replace(/\u00a0/g, ' '));
        return seen.find((content) => content.includes(text));
      },
      options,
    );
  } catch (error) {
    const shown = seen.length === 0 ? 'no such element' : seen.map((content) => JSON.stringify(content)).join(', ');
    throw new Error(`${(error as Error).message}; saw: ${shown}`);
  }
}

/**
 * Counts the elements matching `selector` until the count equals `expected`; returns it.
 * @throws Error with the last count seen when time runs out
 */
export async function waitForCount(page: ElementScope, selector: string, expected: number, options: PollOptions = {}): Promise<number> {
  let count = -1;
  try {
    return await pollUntil(`${expected} × ${selector}`, async () => {
      count = await page.locator(selector).count();
      return count === expected ? count : undefined;
    }, options);
  } catch (error) {
    throw new Error(`${(error as Error).message}; last count: ${count}`);
  }
}
