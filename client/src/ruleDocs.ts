/**
 * The rules' documentation (docs/rules/<id>.md in the extension) shown as
 * rendered Markdown beside the editor. A diagnostic's rule link (Problems
 * panel, hover) opens the file as text in the template's own group, which
 * can replace the template's tab; such an editor is swapped for the
 * rendered page beside the template, and the template is shown again.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NoteTracker } from './noteTracker';

/** What a rule id looks like: anything else (from the webview, say) names no page. */
const RULE_ID = /^[a-z]+(?:-[a-z]+)*$/;

export class RuleDocs implements vscode.Disposable {
  private readonly folder: vscode.Uri;
  private readonly subscription: vscode.Disposable;
  /** Rule pages being swapped, so the tab events of the swap itself are not handled again. */
  private readonly swapping = new Set<string>();

  constructor(extensionUri: vscode.Uri, private readonly tracker: NoteTracker) {
    this.folder = vscode.Uri.joinPath(extensionUri, 'docs', 'rules');
    this.subscription = vscode.window.tabGroups.onDidChangeTabs((event) => {
      for (const tab of [...event.opened, ...event.changed]) void this.swap(tab);
    });
  }

  /** The page of rule `ruleId`, or undefined when `ruleId` is not a rule id. */
  uriOf(ruleId: string): vscode.Uri | undefined {
    return RULE_ID.test(ruleId) ? vscode.Uri.joinPath(this.folder, `${ruleId}.md`) : undefined;
  }

  /**
   * True for a page of this folder (the links of the server's diagnostics point there) that lies in no
   * workspace folder: a contributor with the repository open edits the pages as text.
   */
  isRuleDoc(uri: vscode.Uri): boolean {
    const inFolder = uri.scheme === this.folder.scheme && uri.path.endsWith('.md') && path.posix.dirname(uri.path) === this.folder.path;
    return inFolder && vscode.workspace.getWorkspaceFolder(uri) === undefined;
  }

  /** Shows rule `ruleId`'s page rendered, beside the active editor. Unknown ids and missing pages are ignored. */
  async open(ruleId: string): Promise<void> {
    const uri = this.uriOf(ruleId);
    if (!uri || !(await exists(uri))) return;
    if (canRender()) await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    else await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }

  /** When `tab` shows a rule page as text: closes it, shows the followed template again if it lost its tab, and the page rendered beside it. */
  private async swap(tab: vscode.Tab): Promise<void> {
    const input = tab.input;
    if (!(input instanceof vscode.TabInputText) || !this.isRuleDoc(input.uri)) return;
    const key = input.uri.toString();
    if (this.swapping.has(key) || !canRender()) return;
    this.swapping.add(key);
    try {
      const template = this.tracker.document;
      await vscode.window.tabGroups.close(tab);
      if (template && !hasTab(template.uri)) await vscode.window.showTextDocument(template.uri, { viewColumn: tab.group.viewColumn, preview: false });
      await vscode.commands.executeCommand('markdown.showPreviewToSide', input.uri);
    } finally {
      this.swapping.delete(key);
    }
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

/** True when the built-in Markdown extension is there (it can be disabled); its commands activate it. */
function canRender(): boolean {
  return vscode.extensions.getExtension('vscode.markdown-language-features') !== undefined;
}

function hasTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
