/**
 * "Invite: Select Sample Contact": a quick pick of the template's contacts,
 * the current one marked; the choice is remembered for the template.
 */
import * as vscode from 'vscode';
import type { NoteTracker } from './noteTracker';
import { sampleContactItems, type ContactItem } from './sampleContactItems';

/** Shows the picker for the template at `uri` (default: the active one). */
export async function selectSampleContact(tracker: NoteTracker, uri?: vscode.Uri): Promise<void> {
  const document = await tracker.documentFor(uri);
  if (!document) {
    void vscode.window.showInformationMessage('Open an .invite template to choose its sample contact.');
    return;
  }
  const contacts = await tracker.contactsFor(document, true);
  const name = vscode.workspace.asRelativePath(document.uri);
  if (contacts.names.length === 0) {
    void vscode.window.showInformationMessage(`${name} has no contacts: set "contacts:" in its front matter or the invite.contacts setting.`);
    return;
  }
  const latest = tracker.latest;
  const current = latest?.document === document && latest.result?.contact ? latest.result.contact.index : contacts.sample;
  const items = sampleContactItems(contacts.names, current, contacts.searchNames);

  const picker = vscode.window.createQuickPick<ContactItem>();
  // Typing "zoe" or "priyanka" finds "Zoë Ramírez" and "Priyanka 🌱": the server's plain form of each name is in the description.
  picker.matchOnDescription = true;
  picker.title = `Sample contact for ${name}`;
  picker.placeholder = 'The contact the preview and the length count use';
  picker.items = items;
  if (items[current]) picker.activeItems = [items[current]];
  const chosen = await new Promise<ContactItem | undefined>((resolve) => {
    picker.onDidAccept(() => resolve(picker.selectedItems[0] ?? picker.activeItems[0]));
    picker.onDidHide(() => resolve(undefined));
    picker.show();
  });
  picker.dispose();
  if (chosen) await tracker.chooseSample(document, contacts, chosen.index);
}
