/** Types of codeServer.cjs: running the provisioned code-server. All paths are absolute. */

/** The provisioned editor, as `provisionEditor.mjs --json` prints it (only what launching needs). */
export interface CodeServerInstall {
  /** The Node 24 binary that runs code-server. */
  readonly node: string;
  /** code-server's `out/node/entry.js`. */
  readonly codeServerEntry: string;
}

/** Where one code-server keeps its state. */
export interface CodeServerFolders {
  /** Its config file, XDG config / data / cache folders. */
  readonly stateDir: string;
  /** VS Code's user data (settings, state, logs). */
  readonly userDataDir: string;
  /** Installed extensions. */
  readonly extensionsDir: string;
}

export interface LaunchOptions extends CodeServerFolders {
  /** The folder the workbench opens. */
  readonly workspace: string;
  /** Interface to listen on; default 127.0.0.1. */
  readonly host?: string;
  /** TCP port to listen on. */
  readonly port: number;
  /** More command-line options, placed before the workspace. */
  readonly extraArgs?: readonly string[];
  /** Milliseconds to wait for the server to listen (default 60 000). */
  readonly startTimeoutMs?: number;
  /** Receives the server's stdout and stderr as they come. */
  readonly onOutput?: (chunk: string) => void;
}

/** A listening code-server, leader of its own process group. */
export interface RunningCodeServer {
  readonly pid: number;
  /** Milliseconds from spawning the server to its ready line. */
  readonly startupMs: number;
  /** Everything the server printed so far. */
  output(): string;
  /** Settles when the server process exits. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ends the whole process group: SIGTERM, SIGKILL after 5 s. Idempotent; resolves once the server exited. */
  stop(): Promise<void>;
}

/** code-server could not be installed into, started, or did not get ready: the message says what happened. */
export declare class CodeServerError extends Error {}

/** What code-server logs once it accepts connections. */
export declare const READY_LINE: string;

/**
 * The user settings every editor starts with: no chat side bar, no welcome page or walkthroughs, no
 * telemetry, no workspace trust prompt, no network look-ups, no Git prompt about the enclosing repository.
 */
export declare const defaultUserSettings: Readonly<Record<string, unknown>>;

/**
 * Writes `<userDataDir>/User/settings.json`: {@link defaultUserSettings}, then `settings` over them.
 * With `keepExisting`, the keys already in the file win over both.
 */
export declare function writeUserSettings(userDataDir: string, settings?: Record<string, unknown>, options?: { keepExisting?: boolean }): void;

/** The server's environment: XDG folders under `stateDir`, no extension gallery, no inherited VSCODE_* or NODE_OPTIONS. */
export declare function codeServerEnvironment(stateDir: string): NodeJS.ProcessEnv;

/**
 * Installs each `.vsix` into `folders.extensionsDir` (`--install-extension --force`).
 * @throws CodeServerError with code-server's output when one does not install
 */
export declare function installExtensions(install: CodeServerInstall, folders: CodeServerFolders, vsixFiles: readonly string[]): void;

/**
 * Starts code-server without authentication on `host:port`, opening `workspace`, and resolves once it listens.
 * @throws CodeServerError with the server's last output when it exits or is not ready within `startTimeoutMs`
 */
export declare function launchCodeServer(install: CodeServerInstall, options: LaunchOptions): Promise<RunningCodeServer>;
