/**
 * "Invite: Copy Expanded Note": copies the note filled in for the sample
 * contact, as the server expands it; over the limit it still copies, and warns.
 */
import * as vscode from 'vscode';
import { copiedNoteText } from './noteLengthText';
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
  const copied = copiedNoteText(result);
  if (copied.warning) void vscode.window.showWarningMessage(copied.text);
  else vscode.window.setStatusBarMessage(copied.text, 4000);
}
