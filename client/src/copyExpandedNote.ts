/**
 * "Invite: Copy Expanded Note": copies the note filled in for the sample
 * contact, as the server expands it.
 */
import * as vscode from 'vscode';
import { escapeIcons } from './icons';
import type { NoteTracker } from './noteTracker';

/** Copies the template at `uri` (default: the active one) expanded for its sample contact. */
export async function copyExpandedNote(tracker: NoteTracker, uri?: vscode.Uri): Promise<void> {
  const document = await tracker.documentFor(uri);
  if (!document) {
    void vscode.window.showInformationMessage('Open an .invite template to copy its note.');
    return;
  }
  const { result, error } = await tracker.compute(document);
  if (!result) {
    void vscode.window.showErrorMessage(`Could not expand ${vscode.workspace.asRelativePath(document.uri)}: ${error ?? 'no answer from the language server'}.`);
    return;
  }
  await vscode.env.clipboard.writeText(result.text);
  const who = result.contact ? ` for ${escapeIcons(result.contact.name)}` : '';
  vscode.window.setStatusBarMessage(`Copied the note${who} (${result.length}/${result.limit} characters).`, 4000);
}
