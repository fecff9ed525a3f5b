import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, Hover } from 'vscode-languageserver-protocol';
import { escapeMarkdown } from '../../server/src/lsp/markdown';
import { startServer, type TestClient } from './lspClient';

const IMAGE = '![x](https://tracker.example/pixel.png)';
const HTML = '<img src="https://tracker.example/p.png">';

/** True when `markdown` holds an image, a link or an HTML tag whose syntax is not escaped. */
function hasLiveSyntax(markdown: string): boolean {
  // The server's own links from a rule id to its documentation are the only live syntax allowed.
  const data = markdown.replace(/\[\*\*[a-z-]+\*\*\]\(<file:\/\/[^<>\s]*\/docs\/rules\/[a-z-]+\.md>\)/g, '');
  return /(?<!\\)!(?<!\\)\[|(?<!\\)\]\(|(?<!\\)<[a-z]/i.test(data);
}

describe('language server: data in hover and completion Markdown is escaped', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  const uri = () => pathToFileURL(path.join(dir, 'a.invite')).href;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'invite-markdown-'));
    writeFileSync(path.join(dir, 'contacts.csv'), `First Name,Last Name,Reason\nEve,${HTML.replace(/"/g, '""').replace(/^/, '"').replace(/$/, '"')},${IMAGE}\n`);
    client = await startServer({ rootDir: dir });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('escapes Markdown and HTML syntax, and line breaks', () => {
    assert.equal(escapeMarkdown(IMAGE), '\\!\\[x\\]\\(https\\://tracker\\.example/pixel\\.png\\)');
    assert.equal(escapeMarkdown('a\n# b'), 'a \\# b');
    assert.equal(escapeMarkdown('Zoë Ramírez'), 'Zoë Ramírez');
  });

  it('hover on a placeholder shows the contact value and the fallback as text, never as an image or HTML', async () => {
    client.open(uri(), `Hi {{name}}, we met at {{where-met | ${IMAGE}}}. {{reason}}\n`);
    await client.diagnostics(uri());
    for (const character of [28, 47 + IMAGE.length]) {
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri() }, position: { line: 0, character } });
      const value = (hover.contents as { value: string }).value;
      assert.equal(hasLiveSyntax(value), false, value);
      assert.ok(value.includes('tracker\\.example'), value);
    }
  });

  it('completion documentation shows the sample contact as text', async () => {
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: uri() }, position: { line: 0, character: 5 } });
    const reason = items.find((i) => i.label === 'reason')!;
    const value = (reason.documentation as { value: string }).value;
    assert.equal(hasLiveSyntax(value), false, value);
    assert.ok(value.includes('Sample (Eve \\<img'), value);
  });
});
