/**
 * The preview webview's HTML: a strict Content Security Policy, the script
 * (dist/webview/preview.js) and the style sheet (media/preview.css) from the
 * extension, no inline code and no remote sources.
 */
import { randomBytes } from 'node:crypto';

/** Where the page's resources are; URIs as the webview resolves them (`asWebviewUri`). */
export interface PreviewPage {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** A fresh nonce for this page (see createNonce). */
  readonly nonce: string;
  /** Scripts, loaded in this order. */
  readonly scripts: readonly string[];
  readonly styleSheet: string;
}

/** A random nonce for one page load: 128 bits, base64. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

/** The Content Security Policy of the page: nothing but the webview's own resources and nonce-tagged scripts and styles. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
  ].join('; ');
}

/** The page's HTML. The body holds only a mount point; the script (client/src/webview/main.ts) builds the rest. */
export function previewHtml(page: PreviewPage): string {
  const nonce = escapeAttribute(page.nonce);
  const scripts = page.scripts.map((src) => `  <script nonce="${nonce}" src="${escapeAttribute(src)}"></script>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(page.cspSource, page.nonce))}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" nonce="${nonce}" href="${escapeAttribute(page.styleSheet)}">
  <title>Invite Preview</title>
</head>
<body>
  <main id="app" aria-live="polite"></main>
${scripts}
</body>
</html>
`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
