/**
 * The preview webview's entry, bundled to dist/webview/preview.js (an
 * IIFE for the browser; esbuild.mjs): connects the view to the extension.
 * Messages in and out are declared in ./messages.
 */
import type { PreviewMessage, WebviewMessage } from './messages';
import { createPreviewView } from './previewView';

/** What the webview host provides to the page (only what is used). */
declare function acquireVsCodeApi(): { postMessage(message: WebviewMessage): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('app');
if (root) {
  const view = createPreviewView(document, root, (message) => vscode.postMessage(message));

  window.addEventListener('message', (event: MessageEvent<PreviewMessage | null>) => {
    const message = event.data;
    if (typeof message !== 'object' || message === null) return;
    switch (message.type) {
      case 'contacts':
        if (Array.isArray(message.names)) view.showContacts(message.names);
        break;
      case 'preview':
        if (typeof message.fileName === 'string' && message.result) view.showPreview(message.fileName, message.result);
        break;
      case 'status':
        if (typeof message.text === 'string') view.showStatus(message.text);
        break;
    }
  });

  vscode.postMessage({ type: 'ready' });
}
