import type { Locator, Page } from 'playwright-core';
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

/**
 * Opens the workspace file `name` with Quick Open (Ctrl+P) and waits until its editor is the active one.
 * @returns a locator of that editor (`.monaco-editor` whose `data-uri` ends with `/<name>`)
 * @throws Error naming the file when Quick Open does not list it or its editor does not show within `timeoutMs`
 */
export async function openFile(page: Page, name: string, { timeoutMs = 30_000 }: PollOptions = {}): Promise<Locator> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(name);
  const entry = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: name }).first();
  try {
    await entry.waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    throw new Error(`Quick Open did not list ${name} within ${timeoutMs / 1000}s`);
  }
  await page.keyboard.press('Enter');
  const editor = editorOf(page, name);
  await pollUntil(`the editor of ${name} to be active`, async () => (await editor.locator('.view-lines').isVisible()) && (await page.locator('.tab.active', { hasText: name }).count()) > 0, { timeoutMs });
  return editor;
}

/** The text editor showing the file `name` (by the end of its `data-uri`). */
export function editorOf(page: Page, name: string): Locator {
  return page.locator(`.editor-instance .monaco-editor[data-uri$="/${name}"]`).first();
}

/**
 * The lines an editor renders (the visible ones), top to bottom, joined with `\n`, U+00A0 read as a
 * space. A line the editor wraps shows as several lines.
 */
export async function renderedText(editor: Locator): Promise<string> {
  const lines = await editor.locator('.view-lines .view-line').evaluateAll((elements) =>
    elements
      .map((element) => ({ top: Number(/top:\s*(-?[\d.]+)px/.exec(element.getAttribute('style') ?? '')?.[1] ?? 0), text: element.textContent ?? '' }))
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text),
  );
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

/**
 * Moves the cursor of the active editor to a 1-based line and column with Go to Line/Column (Ctrl+G).
 */
export async function goToLineColumn(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await pollUntil(`the cursor at Ln ${line}, Col ${column}`, async () => {
    const status = await page.locator('.statusbar-item[id="status.editor.selection"]').textContent();
    return status?.trim() === `Ln ${line}, Col ${column}`;
  });
}

/** The text of each problem row of the Problems panel (not the file rows), e.g. `<message>invite-lint<code>[Ln 3, Col 1]`. */
export async function problemRows(page: Page): Promise<string[]> {
  return page.locator('.markers-panel-container .monaco-list-row[aria-level="2"]').allTextContents();
}
