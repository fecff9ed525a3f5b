/**
 * A minimal LSP client for protocol tests: starts the built server over
 * stdio and speaks real JSON-RPC to it. Waits poll events with a timeout;
 * nothing sleeps for a fixed time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { SERVER_ENVIRONMENT, SERVER_NODE_OPTIONS } from '../../server/src/shared/serverNodeOptions';

export const SERVER = path.resolve(__dirname, '../../dist/server.js');

export interface TestClient {
  readonly connection: ProtocolConnection;
  readonly initializeResult: any;
  /** The server process id (benchmarks read its memory). */
  readonly pid: number;
  /** Messages the server showed (window/showMessage, and window/showMessageRequest, which also lands in `prompts`). */
  readonly messages: { type: number; message: string }[];
  /** Messages the server asked the user to answer (window/showMessageRequest): an editor shows a prompt for each. */
  readonly prompts: { type: number; message: string }[];
  /** The methods the server registered dynamically (client/registerCapability). */
  readonly registrations: string[];
  /** The refresh requests the server sent (workspace/diagnostic/refresh, workspace/inlayHint/refresh, workspace/codeLens/refresh). */
  readonly refreshes: string[];
  /** Messages the server logged (window/logMessage). */
  readonly logs: { type: number; message: string }[];
  /** The URIs of the templates the server said changed (invite/checkChanged), in order. */
  readonly checksChanged: string[];
  /** Everything the server process wrote to stderr so far. */
  stderr(): string;
  /** The exit code or signal once the server process has ended; undefined while it runs. */
  exited(): { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** Sends any notification, known to the server or not. */
  notify(method: string, params: unknown): void;
  open(uri: string, text: string, version?: number): void;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
  /** Resolves with the diagnostics published for `uri` that satisfy `accept` (default: any, for `version` when given). */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  request<R>(method: string, params: unknown): Promise<R>;
  stop(): Promise<void>;
}

export interface StartOptions {
  rootDir: string;
  /** The server script to run (default: the built dist/server.js). */
  server?: string;
  /** What `workspace/configuration` answers for section `invite`. */
  settings?: Record<string, unknown>;
  /** Start with no workspace folder and no root (as an editor with a single file open). */
  noFolders?: boolean;
  /** The client capabilities sent with `initialize` (default: configuration, dynamic watchers and configuration changes, diagnostics with related information). */
  capabilities?: Record<string, unknown>;
}

/** What the test client declares unless a test says otherwise. */
export const DEFAULT_CAPABILITIES = {
  workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
};

export async function startServer(options: StartOptions): Promise<TestClient> {
  // Started as the extension and the launcher start it: with the server's Node options.
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_OPTIONS, options.server ?? SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...SERVER_ENVIRONMENT } });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published = new Map<string, PublishDiagnosticsParams[]>();
  const waiters: (() => void)[] = [];
  const messages: { type: number; message: string }[] = [];
  const logs: { type: number; message: string }[] = [];
  const checksChanged: string[] = [];
  const prompts: { type: number; message: string }[] = [];
  const registrations: string[] = [];
  const refreshes: string[] = [];
  let stderr = '';
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.on('exit', (code, signal) => (exit = { code, signal }));
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const list = published.get(p.uri) ?? [];
    list.push(p);
    published.set(p.uri, list);
    waiters.splice(0).forEach((w) => w());
  });
  connection.onNotification('window/showMessage', (m: { type: number; message: string }) => {
    messages.push(m);
  });
  connection.onNotification('window/logMessage', (m: { type: number; message: string }) => {
    logs.push(m);
  });
  connection.onNotification('invite/checkChanged', (p: { uri: string }) => {
    checksChanged.push(p.uri);
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => options.settings ?? {}));
  connection.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
    registrations.push(...p.registrations.map((r) => r.method));
    return null;
  });
  for (const method of ['workspace/diagnostic/refresh', 'workspace/inlayHint/refresh', 'workspace/codeLens/refresh']) {
    connection.onRequest(method, () => {
      refreshes.push(method);
      return null;
    });
  }
  connection.onRequest('window/showMessageRequest', (m: { message: string; type: number }) => {
    messages.push(m);
    prompts.push(m);
    return null;
  });
  connection.listen();
  const rootUri = `file://${options.rootDir}`;
  const initializeResult = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: options.noFolders ? null : rootUri,
    workspaceFolders: options.noFolders ? null : [{ uri: rootUri, name: 'root' }],
    capabilities: options.capabilities ?? DEFAULT_CAPABILITIES,
  });
  await connection.sendNotification('initialized', {});

  return {
    connection,
    initializeResult,
    pid: child.pid!,
    messages,
    prompts,
    registrations,
    refreshes,
    logs,
    checksChanged,
    stderr: () => stderr,
    exited: () => exit,
    notify(method, params) {
      void connection.sendNotification(method, params);
    },
    open(uri, text, version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'invite', version, text } });
    },
    change(uri, version, changes) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    },
    diagnostics(uri, accept = () => true, timeoutMs = 10000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(published.get(uri)?.map((p) => p.diagnostics.map((d) => d.code)))}`)), timeoutMs);
        const look = () => {
          const match = (published.get(uri) ?? []).find(accept);
          if (match) {
            clearTimeout(timer);
            resolve(match.diagnostics);
          } else waiters.push(look);
        };
        look();
      });
    },
    request: (method, params) => connection.sendRequest(method, params),
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // The server may already be gone.
      }
      connection.dispose();
      child.kill();
    },
  };
}

/** Applies LSP text edits to `text` (positions resolved against `text`). */
export function applyTextEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => Math.min(text.length, (lineStarts[p.line] ?? text.length) + p.character);
  const sorted = edits.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), text: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
