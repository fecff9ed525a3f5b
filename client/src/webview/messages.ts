/**
 * The messages between the preview panel (client/src/preview/) and its
 * webview (this folder), declared once for both sides and their tests.
 * Types only: nothing here runs. The extension still parses what the
 * webview sends (client/src/preview/webviewMessages.ts), since a webview's
 * messages are untrusted input.
 */
import type { PreviewRequest } from '../../../server/src/shared/protocol';

/** A message the webview sends to the extension. */
export type WebviewMessage =
  /** The webview script has loaded and waits for its state. */
  | { readonly type: 'ready' }
  /** The Copy button: copy the expanded note. */
  | { readonly type: 'copy' }
  /** The picker, a chart bar or an overflow entry: preview contact `index` (into the contact names). */
  | { readonly type: 'selectContact'; readonly index: number }
  /** A problem's rule id: show that rule's documentation beside the editor. */
  | { readonly type: 'openRuleDoc'; readonly ruleId: string };

/** A message the extension sends to the webview. */
export type PreviewMessage =
  /** The names for the contact picker, in file order; sent when they change. */
  | { readonly type: 'contacts'; readonly names: readonly string[]; readonly source?: string }
  /** The template's preview for its sample contact. */
  | { readonly type: 'preview'; readonly fileName: string; readonly result: PreviewRequest.Result }
  /** Nothing to preview, or the server could not answer. */
  | { readonly type: 'status'; readonly text: string };
