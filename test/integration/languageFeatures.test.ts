import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { discard, openUntitled } from './workspace';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

describe('completion and hover', () => {
  const opened: vscode.TextDocument[] = [];

  after(async () => {
    for (const document of opened) await discard(document);
  });

  it('completes field names inside {{', async () => {
    const document = await openUntitled('Hi {{}}, we met at the meetup.\n');
    opened.push(document);
    const insideBraces = new vscode.Position(0, 5);
    const labels = await waitFor('field completions inside {{', async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, insideBraces);
      const found = list.items.map(labelOf);
      return found.includes('where-met') ? found : undefined;
    });
    for (const field of ['name', 'where-met', 'reason', 'next-step']) assert.ok(labels.includes(field), `${field} missing from ${labels.join(', ')}`);
  });

  it('explains a placeholder on hover', async () => {
    const document = await openUntitled('Hi {{name}}, we met at {{where-met}}.\n');
    opened.push(document);
    const onField = new vscode.Position(0, document.lineAt(0).text.indexOf('where-met') + 3);
    const text = await waitFor('a hover on {{where-met}}', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, onField);
      const shown = hoverText(hovers);
      return shown.includes('where-met') ? shown : undefined;
    });
    assert.ok(text.includes('Where or how you met'), `hover: ${text}`);
  });
});
