// @ts-check
/**
 * The preview webview's entry: connects the view (previewView.js) to the
 * extension. Messages in: `contacts`, `preview`, `status`
 * (client/src/preview/webviewMessages.ts). Messages out: `ready`, `copy`,
 * `selectContact`.
 */
(() => {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('app');
  if (!root) return;
  const view = invitePreviewView.createPreviewView(document, root, (message) => vscode.postMessage(message));

  window.addEventListener('message', (event) => {
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
})();
