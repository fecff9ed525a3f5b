/** Where the suites find the samples and the extension, in any editor that runs them. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { InviteLintApi } from '../../client/src/extension';

/** The extension's id: publisher.name from package.json. */
export const EXTENSION_ID = 'invite-lint.invite-lint';

/**
 * The samples folder: the workspace folder when it holds the samples (how
 * the runners open the editor), else the repository's `samples/` found from
 * this bundle's place (out/test/integration/).
 */
export function samplesFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (folder && fs.existsSync(path.join(folder.fsPath, 'canned.invite'))) return folder;
  return vscode.Uri.file(path.resolve(__dirname, '..', '..', '..', 'samples'));
}

/** Opens the sample `name` in an editor. */
export async function openSample(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(samplesFolder(), name));
  assert.equal(document.languageId, 'invite', `${name} did not open as an invite document`);
  return vscode.window.showTextDocument(document);
}

/** Opens an untitled invite document holding `content`. */
export async function openUntitled(content: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language: 'invite', content });
  await vscode.window.showTextDocument(document);
  return document;
}

/** Discards the changes to `document` and closes its editor, so no sample is left modified. */
export async function discard(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** The activated extension's test API. */
export async function extensionApi(): Promise<InviteLintApi> {
  const extension = vscode.extensions.getExtension<InviteLintApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
  return extension.activate();
}

/** A diagnostic's code as a string (the server may attach a link to the rule's docs). */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}
