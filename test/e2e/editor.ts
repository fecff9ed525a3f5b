import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { getEditorInstall, repoRoot } from './editorInstall';
import { waitForSelector } from './poll';
import { defaultUserSettings } from './userSettings';

/** Where screenshots and logs of the real-editor tests go (git-ignored). */
export const artifactsDir = join(repoRoot, 'test-artifacts');

const READY_LINE = 'HTTP server listening on';

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
  /** User settings merged over {@link defaultUserSettings}. */
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
  /** The folder holding this run's user data, extensions (unless given) and server log. */
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
  const userDataDir = join(dataDir, 'user-data');
  const extensionsDir = options.extensionsDir ?? join(dataDir, 'extensions');
  const port = await findFreePort();
  const configPath = join(dataDir, 'config.yaml');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...defaultUserSettings, ...options.userSettings }, null, 2));
  writeFileSync(configPath, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  const env = serverEnvironment(dataDir);
  const commonArgs = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--config', configPath];
  const vsixFiles = typeof options.vsix === 'string' ? [options.vsix] : (options.vsix ?? []);
  for (const vsix of vsixFiles) {
    const result = spawnSync(install.node, [install.codeServerEntry, ...commonArgs, '--install-extension', vsix, '--force'], { env, encoding: 'utf8' });
    if (result.status !== 0) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`startEditor: installing ${vsix} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
    }
  }

  const args = [
    install.codeServerEntry,
    ...commonArgs,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    options.workspace,
  ];
  const started = performance.now();
  const server = spawn(install.node, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const log = () => output.join('');
  const stop = stopper(server, dataDir);
  try {
    await waitForReadyLine(server, output, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    throw error;
  }

  const origin = `http://localhost:${port}`;
  const query = new URLSearchParams({ folder: options.workspace });
  if (options.extensionDevelopmentPath) {
    const remote = (path: string) => `vscode-remote://localhost:${port}${path}`;
    const payload: [string, string][] = [['extensionDevelopmentPath', remote(options.extensionDevelopmentPath)]];
    if (options.extensionTestsPath) payload.push(['extensionTestsPath', remote(options.extensionTestsPath)]);
    query.set('payload', JSON.stringify(payload));
  }
  return { url: `${origin}/?${query}`, origin, port, dataDir, startupMs: Math.round(performance.now() - started), log, stop };
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

/**
 * The server's environment: its config, data and cache under `dataDir` instead of the user's home,
 * no extension gallery, and nothing inherited that would make it talk to another VS Code (VSCODE_IPC_HOOK_CLI and kin) or
 * load this process's TypeScript loader (NODE_OPTIONS).
 */
function serverEnvironment(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VSCODE_') && key !== 'NODE_OPTIONS') env[key] = value;
  }
  env.XDG_CONFIG_HOME = join(dataDir, 'xdg-config');
  env.XDG_DATA_HOME = join(dataDir, 'xdg-data');
  env.XDG_CACHE_HOME = join(dataDir, 'xdg-cache');
  // No extension gallery: its look-ups can only fail offline and fill the logs with errors.
  env.EXTENSIONS_GALLERY = '{}';
  return env;
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

function waitForReadyLine(server: ChildProcess, output: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolveReady, reject) => {
    const tail = () => output.join('').trimEnd().split('\n').slice(-30).join('\n');
    const timer = setTimeout(() => reject(new Error(`code-server did not log "${READY_LINE}" within ${timeoutMs / 1000}s; its output:\n${tail()}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes(READY_LINE)) {
        clearTimeout(timer);
        resolveReady();
      }
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start code-server: ${error.message}`));
    });
    server.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited (${signal ?? `code ${code}`}) before it was ready; its output:\n${tail()}`));
    });
  });
}

/** Stops the server's process group: SIGTERM, then SIGKILL after 5 s; also on an abrupt exit of this process. */
function stopper(server: ChildProcess, dataDir: string): () => Promise<void> {
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (server.pid) process.kill(-server.pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  const killOnExit = () => killGroup('SIGKILL');
  process.once('exit', killOnExit);
  let stopped: Promise<void> | undefined;
  return () => {
    stopped ??= (async () => {
      process.off('exit', killOnExit);
      if (server.pid !== undefined && server.exitCode === null && server.signalCode === null) {
        const exited = new Promise<void>((resolveExit) => server.once('exit', () => resolveExit()));
        killGroup('SIGTERM');
        const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      killGroup('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    })();
    return stopped;
  };
}
