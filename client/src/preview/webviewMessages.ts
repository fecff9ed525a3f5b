/**
 * The messages between the preview panel and its webview. Messages from the
 * webview are untrusted input: they are parsed here and anything that is
 * not exactly one of the known shapes is dropped.
 */
import * as z from 'zod/mini';
import type { PreviewRequest } from '../../../server/src/shared/protocol';

const webviewMessage = z.discriminatedUnion('type', [
  /** The webview script has loaded and waits for its state. */
  z.strictObject({ type: z.literal('ready') }),
  /** The Copy button: copy the expanded note. */
  z.strictObject({ type: z.literal('copy') }),
  /** The picker, a chart bar or an overflow entry: preview contact `index` (into the contact names). */
  z.strictObject({ type: z.literal('selectContact'), index: z.int().check(z.nonnegative()) }),
]);

/** A message the webview sends. */
export type WebviewMessage = z.infer<typeof webviewMessage>;

/** `value` as a WebviewMessage, or undefined when it is anything else. */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  const parsed = webviewMessage.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** A message the extension sends to the webview (media/preview.js handles them). */
export type PreviewMessage =
  /** The names for the contact picker, in file order; sent when they change. */
  | { readonly type: 'contacts'; readonly names: readonly string[]; readonly source?: string }
  /** The template's preview for its sample contact. */
  | { readonly type: 'preview'; readonly fileName: string; readonly result: PreviewRequest.Result }
  /** Nothing to preview, or the server could not answer. */
  | { readonly type: 'status'; readonly text: string };
