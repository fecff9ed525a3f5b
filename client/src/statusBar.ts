/**
 * The status-bar item for the active template: `✉ 212/300 · Taa Dixon`,
 * on a red background when the note goes over the limit. Clicking it picks
 * another sample contact. Shown while the template's editor or its preview
 * has the focus; hidden for other editors.
 */
import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import { noteLengthText, noteLengthTooltip } from './noteLengthText';
import { isInviteDocument, type NoteTracker } from './noteTracker';
import type { PreviewPanels } from './preview/previewPanel';

/** Creates the item and keeps it in step with `tracker` and the active editor. */
export function createNoteLengthStatus(tracker: NoteTracker, previews: PreviewPanels): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('invite.noteLength', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Invite Note Length';
  item.command = COMMANDS.selectSampleContact;

  const render = () => {
    // With the preview focused no text editor is active: the preview shows the followed template.
    const document = vscode.window.activeTextEditor?.document ?? (previews.active ? tracker.document : undefined);
    const state = tracker.latest;
    if (!isInviteDocument(document) || !state || state.document !== document) {
      item.hide();
      return;
    }
    if (state.result) {
      item.text = noteLengthText(state.result);
      item.tooltip = noteLengthTooltip(state.result);
      item.backgroundColor = state.result.length > state.result.limit ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    } else {
      item.text = '✉ ?';
      item.tooltip = `The note length is not available: ${state.error ?? 'no answer from the language server'}.`;
      item.backgroundColor = undefined;
    }
    item.show();
  };

  render();
  return vscode.Disposable.from(item, tracker.onDidChange(render), vscode.window.onDidChangeActiveTextEditor(render), previews.onDidChangeActive(render));
}
