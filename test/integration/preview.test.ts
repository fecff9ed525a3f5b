import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { discard, EXTENSION_ID, extensionApi, openSample } from './workspace';

/** The open tabs holding the invite preview. */
function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('invite.preview'));
}

/** The open tabs of text editors. */
function textTabs(): (vscode.Tab & { input: vscode.TabInputText })[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab): tab is vscode.Tab & { input: vscode.TabInputText } => tab.input instanceof vscode.TabInputText);
}

/** The open tabs of the built-in Markdown preview. */
function markdownPreviewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('markdown.preview'));
}

describe('preview', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openSample('canned.invite');
  });

  after(async () => {
    await vscode.window.tabGroups.close(previewTabs());
    if (editor) await discard(editor.document);
  });

  it('opens one panel beside the editor, and reuses it', async () => {
    const api = await extensionApi();
    assert.equal(api.previewPanels(), 0);

    await vscode.commands.executeCommand('invite.openPreview');
    assert.equal(api.previewPanels(), 1);
    const tabs = await waitFor('the preview tab', () => (previewTabs().length === 1 ? previewTabs() : undefined));
    assert.equal(tabs[0].label, 'Preview canned.invite');
    assert.notEqual(tabs[0].group.viewColumn, editor.viewColumn);
    // The editor keeps the focus.
    assert.equal(vscode.window.activeTextEditor?.document, editor.document);

    await vscode.commands.executeCommand('invite.openPreview');
    assert.equal(api.previewPanels(), 1);
    assert.equal(previewTabs().length, 1);
  });

  it('shows a rule page opened as text (a diagnostic link) rendered beside the template, which keeps its tab', async () => {
    const api = await extensionApi();
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const page = vscode.Uri.joinPath(extension.extensionUri, 'docs', 'rules', 'canned-message.md');
    // A diagnostic's rule link opens its file in the active group, as a preview tab: the template's tab is replaced.
    await vscode.window.showTextDocument(editor.document, { preview: true });
    await vscode.commands.executeCommand('vscode.open', page, { preview: true });
    const rendered = await waitFor('the rule page rendered', () => (markdownPreviewTabs().length === 1 ? markdownPreviewTabs() : undefined));
    await waitFor('no text editor on the rule page', () => !textTabs().some((tab) => tab.input.uri.toString() === page.toString()));
    assert.ok(textTabs().some((tab) => tab.input.uri.toString() === editor.document.uri.toString()), 'the template lost its tab');
    assert.notEqual(rendered[0].group.viewColumn, textTabs().find((tab) => tab.input.uri.toString() === editor.document.uri.toString())!.group.viewColumn);
    assert.equal(api.previewPanels(), 1);
    await vscode.window.tabGroups.close(rendered);
  });

  it('goes away when its tab is closed', async () => {
    const api = await extensionApi();
    await vscode.window.tabGroups.close(previewTabs());
    await waitFor('the preview panel to be disposed', () => api.previewPanels() === 0);
  });

  it("opens from the server's code lens, which names the sample contact", async () => {
    const api = await extensionApi();
    const lenses = await waitFor('the code lens', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
      return found && found.length > 0 && found[0].command ? found : undefined;
    });
    const command = lenses[0].command!;
    assert.match(command.title, /^Preview for .+ · (\d+ of \d+ over the limit|every note of \d+ fits)$/);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    assert.equal(api.previewPanels(), 1);
    await waitFor('the preview tab', () => previewTabs().length === 1);
    await vscode.window.tabGroups.close(previewTabs());
    await waitFor('the preview panel to be disposed', () => api.previewPanels() === 0);
  });
});
