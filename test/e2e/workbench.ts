import type { Page } from 'playwright-core';
import { pollUntil, type PollOptions } from './poll';

/**
 * Runs a command by its palette title (e.g. "Hello: Say Hello"): opens the command palette with F1,
 * types the title and presses Enter on the matching entry. Commands contributed by extensions appear
 * only once the extension host has read them, so the palette is reopened until the entry shows.
 * @throws Error naming the title when no entry shows within `timeoutMs` (default 30 000 ms)
 */
export async function runCommand(page: Page, title: string, options: PollOptions = {}): Promise<void> {
  const entry = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first();
  await pollUntil(
    `the command "${title}" in the command palette`,
    async () => {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input').first();
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(`>${title}`);
      try {
        await entry.waitFor({ state: 'visible', timeout: 2_000 });
        return true;
      } catch {
        await page.keyboard.press('Escape');
        return false;
      }
    },
    { intervalMs: 500, ...options },
  );
  await page.keyboard.press('Enter');
}
