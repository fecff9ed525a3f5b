import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screenshot, withEditor } from './editor';
import { GREETING, helloExtensionDir, helloWorkspace } from './fixtures';
import { packageExtension } from './packageExtension';
import { waitForText } from './poll';
import { runCommand } from './workbench';

describe('code-server driven from the browser', () => {
  it('serves the workspace: the explorer lists its file, the editor shows it, no chat side bar', async () => {
    await withEditor({ workspace: helloWorkspace, label: 'workbench' }, async ({ page, editor, workbenchMs }) => {
      console.log(`      code-server ready in ${editor.startupMs} ms; workbench visible ${workbenchMs} ms after the browser launched`);
      const row = await waitForText(page, '.explorer-folders-view .monaco-list-row', 'greeting.txt');
      assert.equal(row.trim(), 'greeting.txt');
      assert.equal(await page.locator('.part.auxiliarybar').isVisible(), false);

      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'greeting.txt' }).click();
      const text = await waitForText(page, '.monaco-editor .view-lines', 'Hello, workspace.');
      assert.equal(text, 'Hello, workspace.');
      await screenshot(page, 'workbench');
    });
  });

  it('installs a vsix and runs its command from the command palette', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'invite-vsix-'));
    try {
      const vsix = packageExtension(helloExtensionDir, join(outDir, 'hello-extension.vsix'));
      await withEditor({ workspace: helloWorkspace, vsix, label: 'hello-command' }, async ({ page }) => {
        await runCommand(page, 'Hello: Say Hello');
        const message = await waitForText(page, '.notifications-toasts .notification-list-item-message', GREETING);
        assert.equal(message, GREETING);
        await screenshot(page, 'hello-command');
      });
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
