/**
 * "Invite: Open Preview to the Side": one webview panel beside the editor
 * showing the followed template as the server expands it. The panel only
 * renders what NoteTracker publishes; it computes nothing itself.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ContactsRequest } from '../../../server/src/shared/protocol';
import { copyExpandedNote } from '../copyExpandedNote';
import type { NoteState, NoteTracker } from '../noteTracker';
import type { RuleDocs } from '../ruleDocs';
import { createNonce, previewHtml } from './previewHtml';
import type { PreviewMessage, WebviewMessage } from '../webview/messages';
import { parseWebviewMessage } from './webviewMessages';

/** The panel's view type (also usable in `when` clauses as `activeWebviewPanelId`). */
export const PREVIEW_VIEW_TYPE = 'invite.preview';

export class PreviewPanels implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The contact names last sent to the webview, to send them again only when they change. */
  private sentContacts: ContactsRequest.Result | undefined;
  private readonly trackerSubscription: vscode.Disposable;
  private readonly activeChanged = new vscode.EventEmitter<void>();
  /** Fires when the panel gains or loses the focus, opens or closes. */
  readonly onDidChangeActive = this.activeChanged.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly tracker: NoteTracker,
    private readonly ruleDocs: RuleDocs,
  ) {
    this.trackerSubscription = tracker.onDidChange((state) => this.post(state));
  }

  /** True while the panel has the focus (no text editor is active then). */
  get active(): boolean {
    return this.panel?.active ?? false;
  }

  /** How many preview panels are open (0 or 1). */
  get count(): number {
    return this.panel ? 1 : 0;
  }

  /** Opens the panel beside the editor, or reveals it, for the template at `uri` (default: the active one). */
  async open(uri?: vscode.Uri): Promise<void> {
    const document = await this.tracker.documentFor(uri);
    if (!document) {
      void vscode.window.showInformationMessage('Open an .invite template to preview it.');
      return;
    }
    this.tracker.follow(document);
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      this.panel = this.createPanel();
    }
    this.panel.title = `Preview ${path.basename(document.uri.path)}`;
    await this.tracker.refresh();
  }

  private createPanel(): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    // The webview's script, bundled from client/src/webview (esbuild.mjs); the rest of dist/ stays out of its reach.
    const script = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      'Invite Preview',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [media, script] },
    );
    panel.iconPath = vscode.Uri.joinPath(media, 'icon.png');
    const webview = panel.webview;
    webview.html = previewHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scripts: [webview.asWebviewUri(vscode.Uri.joinPath(script, 'preview.js')).toString()],
      styleSheet: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
    });
    const subscriptions = [
      webview.onDidReceiveMessage((message: unknown) => void this.receive(parseWebviewMessage(message))),
      // The webview's page is discarded while hidden; it asks for its state again with 'ready' when shown.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.sentContacts = undefined;
        this.activeChanged.fire();
      }),
    ];
    panel.onDidDispose(() => {
      for (const subscription of subscriptions) subscription.dispose();
      this.panel = undefined;
      this.sentContacts = undefined;
      this.activeChanged.fire();
    });
    return panel;
  }

  private async receive(message: WebviewMessage | undefined): Promise<void> {
    const state = this.tracker.latest;
    switch (message?.type) {
      case 'ready':
        this.sentContacts = undefined;
        this.post(state);
        return;
      case 'copy':
        if (state) await copyExpandedNote(this.tracker, state.document.uri);
        return;
      case 'selectContact':
        if (state?.contacts) await this.tracker.chooseSample(state.document, state.contacts, message.index);
        return;
      case 'openRuleDoc':
        await this.ruleDocs.open(message.ruleId);
        return;
      default:
        // Not a message this panel knows: ignored.
        return;
    }
  }

  private post(state: NoteState | undefined): void {
    const panel = this.panel;
    if (!panel?.visible) return;
    if (state) panel.title = `Preview ${path.basename(state.document.uri.path)}`;
    for (const message of this.messagesFor(state)) void panel.webview.postMessage(message);
  }

  private messagesFor(state: NoteState | undefined): PreviewMessage[] {
    if (!state) return [{ type: 'status', text: 'Open an .invite template to preview it.' }];
    const fileName = vscode.workspace.asRelativePath(state.document.uri);
    if (!state.result) return [{ type: 'status', text: `No preview for ${fileName}: ${state.error ?? 'no answer from the language server'}.` }];
    const messages: PreviewMessage[] = [];
    if (state.contacts && state.contacts !== this.sentContacts) {
      messages.push({ type: 'contacts', names: state.contacts.names, source: state.contacts.source });
      this.sentContacts = state.contacts;
    }
    messages.push({ type: 'preview', fileName, result: state.result });
    return messages;
  }

  dispose(): void {
    this.trackerSubscription.dispose();
    this.panel?.dispose();
    this.activeChanged.dispose();
  }
}
