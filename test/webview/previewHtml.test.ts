import * as assert from 'node:assert/strict';
import { contentSecurityPolicy, createNonce, previewHtml } from '../../client/src/preview/previewHtml';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const EXTENSION = 'https://file+.vscode-resource.vscode-cdn.net/ext';
const MEDIA = `${EXTENSION}/media`;
const SCRIPT = `${EXTENSION}/dist/webview/preview.js`;

function page(nonce = 'bm9uY2Utb25l') {
  return previewHtml({ cspSource: CSP_SOURCE, nonce, scripts: [SCRIPT], styleSheet: `${MEDIA}/preview.css` });
}

/** The directives of the page's Content-Security-Policy meta tag, by name. */
function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
  assert.ok(content, 'no CSP meta tag');
  return new Map(content.split(';').map((directive) => {
    const [name, ...values] = directive.trim().split(/\s+/);
    return [name, values];
  }));
}

describe('preview HTML', () => {
  it('has a policy that allows only the webview resources and the nonce', () => {
    const policy = policyOf(page());
    assert.deepEqual([...policy], [
      ['default-src', ["'none'"]],
      ['style-src', [CSP_SOURCE, "'nonce-bm9uY2Utb25l'"]],
      ['script-src', ["'nonce-bm9uY2Utb25l'"]],
      ['img-src', [CSP_SOURCE, 'data:']],
    ]);
    assert.equal(contentSecurityPolicy(CSP_SOURCE, 'abc'), `default-src 'none'; style-src ${CSP_SOURCE} 'nonce-abc'; script-src 'nonce-abc'; img-src ${CSP_SOURCE} data:`);
  });

  it('loads the script and the style sheet from the extension, with the nonce, and has no inline code', () => {
    const html = page();
    const scripts = [...html.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
    assert.deepEqual(scripts.map((m) => m[1]), [` nonce="bm9uY2Utb25l" src="${SCRIPT}"`]);
    assert.deepEqual(scripts.map((m) => m[2]), ['']);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.ok(html.includes(`<link rel="stylesheet" nonce="bm9uY2Utb25l" href="${MEDIA}/preview.css">`));
    assert.doesNotMatch(html, /<style|style="|\son[a-z]+=/i);
  });

  it('refers to no source outside the webview', () => {
    const html = page();
    const urls = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    assert.equal(urls.length, 2);
    for (const url of urls) assert.ok(url.startsWith(`${EXTENSION}/`), url);
    for (const [name, values] of policyOf(html)) {
      for (const value of values) assert.ok(value === CSP_SOURCE || /^'(none|nonce-[A-Za-z0-9+/=]+)'$|^data:$/.test(value), `${name} allows ${value}`);
    }
  });

  it('escapes attribute values', () => {
    const html = previewHtml({ cspSource: CSP_SOURCE, nonce: 'n', scripts: ['x" onload="alert(1)'], styleSheet: 'a<b>' });
    assert.match(html, /src="x&quot; onload=&quot;alert\(1\)"/);
    assert.match(html, /href="a&lt;b&gt;"/);
  });

  it('uses a fresh 128-bit nonce for each page', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    assert.equal(nonces.size, 50);
    for (const nonce of nonces) assert.equal(Buffer.from(nonce, 'base64').length, 16);
  });
});
