import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { PreviewMessage, WebviewMessage } from '../../client/src/webview/messages';
import { FakePage } from './fakeDocument';

/** The script the extension loads into the webview (npm run build writes it). */
const BUNDLE = join(__dirname, '..', '..', 'dist', 'webview', 'preview.js');

/** Runs the built script in a fresh context with a fake page and webview host; returns the page and what it posted. */
function load() {
  const page = new FakePage();
  const posted: WebviewMessage[] = [];
  // Serialised as postMessage does (which also takes the objects out of the script's context).
  const acquireVsCodeApi = () => ({ postMessage: (message: WebviewMessage) => posted.push(JSON.parse(JSON.stringify(message)) as WebviewMessage) });
  runInNewContext(readFileSync(BUNDLE, 'utf8'), { document: page.document, window: page.window, acquireVsCodeApi }, { filename: BUNDLE });
  return { page, posted };
}

describe('preview webview script (built)', () => {
  it('is one classic script that needs nothing but the page', () => {
    const source = readFileSync(BUNDLE, 'utf8');
    assert.doesNotMatch(source, /\brequire\(|^\s*(import|export)\s/m);
  });

  it('says it is ready, then shows what the extension sends', () => {
    const { page, posted } = load();
    assert.deepEqual(posted, [{ type: 'ready' }]);
    const send = (message: PreviewMessage) => page.receive(message);
    send({ type: 'status', text: 'Open an .invite template to preview it.' });
    assert.equal(page.document.app.byClass('status')[0].textContent, 'Open an .invite template to preview it.');

    send({ type: 'contacts', names: ['Ada Lovelace', 'Grace Hopper'] });
    send({
      type: 'preview',
      fileName: 'a.invite',
      result: {
        text: 'Hi Grace',
        length: 8,
        estimated: false,
        limit: 300,
        contactsVersion: 1,
        segments: [{ kind: 'literal', text: 'Hi ' }, { kind: 'value', text: 'Grace', field: 'name' }],
        contact: { index: 1, name: 'Grace Hopper' },
        problems: [],
        checklist: [],
        lengths: [9, 8],
        overflow: [],
        overCount: 0,
        flagged: [],
      },
    });
    assert.equal(page.document.app.byClass('note-text')[0].textContent, 'Hi Grace');
    assert.equal(page.document.app.byClass('status')[0].hidden, true);
    page.document.app.byClass('bar')[0].dispatch('click');
    assert.deepEqual(posted, [{ type: 'ready' }, { type: 'selectContact', index: 0 }]);
  });

  it('ignores messages it does not know', () => {
    const { page } = load();
    for (const data of [null, 'preview', { type: 'preview' }, { type: 'contacts', names: 'x' }, { type: 'other' }]) page.receive(data);
    assert.equal(page.document.app.byClass('content')[0].hidden, true);
    assert.equal(page.document.app.byTag('option').length, 0);
  });
});
