import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { installExtensions, launchCodeServer, writeUserSettings, type RunningCodeServer } from '../../scripts/editor/codeServer.cjs';
import { getEditorInstall, repoRoot } from './editorInstall';
import { waitForSelector } from './poll';

/** Where screenshots and logs of the real-editor tests go (git-ignored). */
export const artifactsDir = join(repoRoot, 'test-artifacts');

/** What to open in the editor and how. All paths are absolute. */
export interface StartEditorOptions {
  /** The folder the editor opens. */
  workspace: string;
  /** Where extensions are installed; default: a fresh folder deleted on `stop()`. */
  extensionsDir?: string;
  /** `.vsix` files installed (with `--install-extension --force`) before the server starts. */
  vsix?: string | readonly string[];
  /** An extension folder loaded in development mode, as with `--extensionDevelopmentPath`. */
  extensionDevelopmentPath?: string;
  /** A built extension-host test entry (`index.js` exporting `run()`); needs `extensionDevelopmentPath`. */
  extensionTestsPath?: string;
  /** User settings merged over the defaults of scripts/editor/codeServer.cjs. */
  userSettings?: Record<string, unknown>;
  /** Start VS Code with `enable-smoke-test-driver` (what the extension-test runner uses). */
  smokeTestDriver?: boolean;
  /** Milliseconds to wait for the server to listen (default 60 000). */
  startTimeoutMs?: number;
}

/** A running code-server. */
export interface Editor {
  /** The page to open: the workspace, and the development extension and tests when given. */
  url: string;
  /** `http://localhost:<port>` */
  origin: string;
  /** The TCP port on 127.0.0.1 it listens on, free when it was picked. */
  port: number;
  /** The folder holding this run's user data, extensions (unless given) and server state. */
  dataDir: string;
  /** Milliseconds from spawning the server to its ready line. */
  startupMs: number;
  /** Everything the server printed so far. */
  log(): string;
  /** Stops the server and its children (the whole process group) and deletes `dataDir`. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts code-server on a free port with fresh user data, the test user settings and the given
 * extensions, and resolves once it logs that it listens.
 * @throws Error with the server's output when a vsix does not install, or the server exits or is not
 *   ready within `startTimeoutMs`
 */
export async function startEditor(options: StartEditorOptions): Promise<Editor> {
  for (const [name, path] of Object.entries({ workspace: options.workspace, extensionDevelopmentPath: options.extensionDevelopmentPath, extensionTestsPath: options.extensionTestsPath })) {
    if (path !== undefined && !isAbsolute(path)) throw new Error(`startEditor: ${name} must be an absolute path, got ${path}`);
  }
  if (options.extensionTestsPath && !options.extensionDevelopmentPath) {
    throw new Error('startEditor: extensionTestsPath needs extensionDevelopmentPath');
  }
  const install = getEditorInstall();
  const dataDir = mkdtempSync(join(tmpdir(), 'invite-editor-'));
  const removeData = () => rmSync(dataDir, { recursive: true, force: true });
  const folders = { stateDir: dataDir, userDataDir: join(dataDir, 'user-data'), extensionsDir: options.extensionsDir ?? join(dataDir, 'extensions') };
  const port = await findFreePort();
  let server: RunningCodeServer;
  try {
    writeUserSettings(folders.userDataDir, options.userSettings);
    const vsixFiles = typeof options.vsix === 'string' ? [options.vsix] : (options.vsix ?? []);
    installExtensions(install, folders, vsixFiles);
    server = await launchCodeServer(install, {
      ...folders,
      workspace: options.workspace,
      port,
      extraArgs: options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : [],
      startTimeoutMs: options.startTimeoutMs,
    });
  } catch (error) {
    removeData();
    throw new Error(`startEditor: ${(error as Error).message}`, { cause: error });
  }
  const origin = `http://localhost:${port}`;
  const query = new URLSearchParams({ folder: options.workspace });
  if (options.extensionDevelopmentPath) {
    const remote = (path: string) => `vscode-remote://localhost:${port}${path}`;
    const payload: [string, string][] = [['extensionDevelopmentPath', remote(options.extensionDevelopmentPath)]];
    if (options.extensionTestsPath) payload.push(['extensionTestsPath', remote(options.extensionTestsPath)]);
    query.set('payload', JSON.stringify(payload));
  }
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= server.stop().then(removeData));
  return { url: `${origin}/?${query}`, origin, port, dataDir, startupMs: server.startupMs, log: server.output, stop };
}

/** A browser page on the editor. */
export interface EditorPage {
  browser: Browser;
  page: Page;
  /** Milliseconds from launching the browser to a visible `.monaco-workbench`. */
  workbenchMs: number;
  /** Closes the browser. Idempotent. */
  close(): Promise<void>;
}

/** How to open the editor page. */
export interface OpenBrowserOptions {
  /** Runs on the new page before it navigates, e.g. to `page.exposeFunction`. */
  beforeLoad?: (page: Page) => Promise<void>;
  /** Milliseconds to wait for the workbench (default 60 000). */
  timeoutMs?: number;
  /** Default 1400 × 900. */
  viewport?: { width: number; height: number };
}

/**
 * Launches headless Chromium (the provisioned binary; never a downloaded one), opens `url` and waits
 * for the VS Code workbench to be visible.
 * @throws Error when the workbench does not appear within `timeoutMs`; the browser is closed then
 */
export async function openBrowser(url: string, options: OpenBrowserOptions = {}): Promise<EditorPage> {
  const started = performance.now();
  const browser = await chromium.launch({
    executablePath: getEditorInstall().browser,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  const close = () => browser.close();
  try {
    const page = await browser.newPage({ viewport: options.viewport ?? { width: 1400, height: 900 } });
    await options.beforeLoad?.(page);
    const timeoutMs = options.timeoutMs ?? 60_000;
    await page.goto(url, { timeout: timeoutMs });
    await waitForSelector(page, '.monaco-workbench', { timeoutMs });
    return { browser, page, workbenchMs: Math.round(performance.now() - started), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** What a {@link withEditor} body gets. */
export interface EditorSession {
  editor: Editor;
  page: Page;
  browser: Browser;
  /** Milliseconds from launching the browser to a visible workbench. */
  workbenchMs: number;
}

/**
 * Starts an editor, opens it in the browser, runs `body`, and always closes both. When `body` throws,
 * a screenshot is saved to `test-artifacts/<label>-failure.png` and its path is added to the error.
 * @param label names the failure screenshot; default: the workspace folder's name
 */
export async function withEditor<T>(
  options: StartEditorOptions & OpenBrowserOptions & { label?: string },
  body: (session: EditorSession) => Promise<T>,
): Promise<T> {
  const editor = await startEditor(options);
  try {
    const { browser, page, workbenchMs, close } = await openBrowser(editor.url, options);
    try {
      return await body({ editor, page, browser, workbenchMs });
    } catch (error) {
      const path = await screenshot(page, `${options.label ?? basename(options.workspace)}-failure`).catch(() => undefined);
      if (path && error instanceof Error) error.message += `\n(screenshot: ${path})`;
      throw error;
    } finally {
      await close();
    }
  } finally {
    await editor.stop();
  }
}

/**
 * Saves a PNG of the page to `test-artifacts/<name>.png` and returns its absolute path.
 * @param name a file name without extension
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path });
  return path;
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port assigned'))));
    });
  });
}
