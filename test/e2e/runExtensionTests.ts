import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format } from 'node:util';
import { artifactsDir, openBrowser, screenshot, startEditor, type Editor, type EditorPage } from './editor';

/** An extension-host test run inside code-server. All paths are absolute. */
export interface RunExtensionTestsOptions {
  /** The extension folder (holding its package.json), loaded in development mode. */
  extensionDevelopmentPath: string;
  /** The suite's entry: a JavaScript file exporting `run(): Promise<void>`, executed in the extension host. */
  extensionTestsPath: string;
  /** The folder the editor opens. */
  workspace: string;
  /** User settings merged over the test defaults. */
  userSettings?: Record<string, unknown>;
  /** Milliseconds for the whole run, from starting the server to the host's exit (default 180 000). */
  timeoutMs?: number;
  /**
   * Receives each log line of the window and the extension host, e.g. the suite's reporter output
   * (default: written to stdout). Stack frames inside the workbench bundle are left out.
   */
  onLog?: (line: string) => void;
}

/** One log file the workbench hands over with the exit code. */
interface AutomationLog {
  relativePath: string;
  contents: string;
}

/**
 * Runs an extension-host suite in a real VS Code (code-server in headless Chromium), the way
 * `@vscode/test-electron` runs it on the desktop: the suite's `run()` executes in the Node extension
 * host with the real `vscode` API, and its outcome ends the host.
 *
 * @returns the extension host's exit code: 0 when `run()` resolved, non-zero when it rejected or threw.
 *   For a non-zero code, the workbench's log files are saved under `test-artifacts/extension-tests/`.
 * @throws Error when the editor does not start, or the host does not exit within `timeoutMs`
 *   (a screenshot is saved then and named in the message)
 */
export async function runExtensionTests(options: RunExtensionTestsOptions): Promise<number> {
  const timeoutMs = options.timeoutMs ?? 180_000;
  const deadline = Date.now() + timeoutMs;
  const onLog = options.onLog ?? ((line: string) => process.stdout.write(`${line}\n`));
  let editor: Editor | undefined;
  let session: EditorPage | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    editor = await startEditor({
      workspace: options.workspace,
      extensionDevelopmentPath: options.extensionDevelopmentPath,
      extensionTestsPath: options.extensionTestsPath,
      userSettings: options.userSettings,
      smokeTestDriver: true,
      startTimeoutMs: timeoutMs,
    });
    let reportExit!: (exit: { code: number; logs: AutomationLog[] }) => void;
    const exited = new Promise<{ code: number; logs: AutomationLog[] }>((resolveExit) => (reportExit = resolveExit));
    session = await openBrowser(editor.url, {
      timeoutMs: Math.max(deadline - Date.now(), 1),
      beforeLoad: async (page) => {
        await page.exposeFunction('codeAutomationLog', (level: string, args: unknown[]) => formatLogLines(level, args).forEach((line) => onLog(line)));
        await page.exposeFunction('codeAutomationExit', (code: number, logs?: AutomationLog[]) => reportExit({ code, logs: logs ?? [] }));
      },
    });
    const page = session.page;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(async () => {
        const shot = await screenshot(page, 'extension-tests-timeout').catch(() => 'none');
        reject(new Error(`the extension tests ${options.extensionTestsPath} did not finish within ${timeoutMs / 1000}s (screenshot: ${shot})`));
      }, Math.max(deadline - Date.now(), 1));
    });
    const { code, logs } = await Promise.race([exited, timedOut]);
    if (code !== 0) saveLogs(logs, onLog);
    return code;
  } finally {
    clearTimeout(timer);
    await session?.close();
    await editor?.stop();
  }
}

/**
 * Formats a workbench log call (`console`-style arguments with `%s` / `%d` placeholders) as lines,
 * without the stack frames inside the workbench's minified bundle, which name nothing readable.
 */
function formatLogLines(level: string, args: unknown[]): string[] {
  const lines = format(...(Array.isArray(args) ? args : [args]))
    .replace(/\n$/, '')
    .split('\n')
    .filter((line) => !WORKBENCH_FRAME.test(line));
  return level === 'info' || level === 'trace' || level === 'debug' ? lines : lines.map((line) => `[${level}] ${line}`);
}

const WORKBENCH_FRAME = /^\s+at .*\/static\/out\/vs\//;

function saveLogs(logs: AutomationLog[], onLog: (line: string) => void): void {
  if (logs.length === 0) return;
  const dir = join(artifactsDir, 'extension-tests');
  for (const log of logs) {
    const path = join(dir, log.relativePath);
    if (!path.startsWith(dir)) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, log.contents);
  }
  onLog(`(editor logs saved under ${dir})`);
}
