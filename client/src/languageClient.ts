/**
 * Starts the invite-lint language server (dist/server.js) over IPC and
 * connects it to the editor for .invite documents.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from '../../server/src/shared/protocol';
import { SERVER_ENVIRONMENT, SERVER_NODE_OPTIONS } from '../../server/src/shared/serverNodeOptions';
import { notifyOnFirstRestart } from './restartNotice';

/** The client id; VS Code reads `invite.trace.server` because of it. */
const CLIENT_ID = 'invite';

/**
 * Creates (but does not start) the language client. The server registers
 * the file watching it needs (contacts files) itself.
 */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  // The client adds these variables to the extension host's own environment.
  const env = { ...SERVER_ENVIRONMENT };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS], env } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6009'], env } },
  };
  let client: LanguageClient | undefined;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    synchronize: { configurationSection: 'invite' },
    errorHandler: notifyOnFirstRestart(
      () => client!.createDefaultErrorHandler(),
      () => void vscode.window.showWarningMessage('The Invite Lint language server stopped unexpectedly and was restarted.'),
    ),
  };
  client = new LanguageClient(CLIENT_ID, 'Invite Lint', serverOptions, clientOptions);
  return client;
}
