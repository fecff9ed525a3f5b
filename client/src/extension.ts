/**
 * The Invite Lint extension: starts the language server for .invite files
 * and adds the preview, the sample-contact picker, the copy command and the
 * note-length status bar item on top of it.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS } from './commandIds';
import { copyExpandedNote } from './copyExpandedNote';
import { createLanguageClient } from './languageClient';
import { NoteTracker } from './noteTracker';
import { PreviewPanels } from './preview/previewPanel';
import { RuleDocs } from './ruleDocs';
import { SampleContacts } from './sampleContacts';
import { selectSampleContact } from './selectSampleContact';
import { createNoteLengthStatus } from './statusBar';

/** What `activate` returns: a small view of the extension's state for its tests. */
export interface InviteLintApi {
  /** How many preview panels are open. */
  previewPanels(): number;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<InviteLintApi> {
  // Contacts files are watched by the server's own registration (workspace/didChangeWatchedFiles).
  client = createLanguageClient(context);
  const tracker = new NoteTracker(client, new SampleContacts(context.workspaceState));
  const ruleDocs = new RuleDocs(context.extensionUri, tracker);
  const previews = new PreviewPanels(context.extensionUri, tracker, ruleDocs);

  context.subscriptions.push(
    tracker,
    ruleDocs,
    previews,
    createNoteLengthStatus(tracker, previews),
    vscode.commands.registerCommand(COMMANDS.openPreview, (uri?: vscode.Uri) => previews.open(asUri(uri))),
    vscode.commands.registerCommand(COMMANDS.selectSampleContact, (uri?: vscode.Uri) => selectSampleContact(tracker, asUri(uri))),
    vscode.commands.registerCommand(COMMANDS.copyExpandedNote, (uri?: vscode.Uri) => copyExpandedNote(tracker, asUri(uri))),
  );
  // A failed start is reported by the client itself (output channel and a notification); the commands stay usable.
  await client.start().catch(() => undefined);
  return { previewPanels: () => previews.count };
}

export async function deactivate(): Promise<void> {
  await client?.stop().catch(() => undefined);
  client = undefined;
}

/**
 * Menus pass the resource URI; the server's code lens passes it as a string;
 * the status bar and key bindings pass nothing (or other values).
 */
function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value !== 'string') return undefined;
  try {
    return vscode.Uri.parse(value, true);
  } catch {
    return undefined;
  }
}
