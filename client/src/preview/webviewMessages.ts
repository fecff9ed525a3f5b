/**
 * Parsing what the webview sends. Its messages are untrusted input: anything
 * that is not exactly one of the shapes declared in ../webview/messages is
 * dropped.
 */
import * as z from 'zod/mini';
import type { WebviewMessage } from '../webview/messages';

const webviewMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('copy') }),
  z.strictObject({ type: z.literal('selectContact'), index: z.int().check(z.nonnegative()) }),
  // A rule id names a file: only the shape of one is let through (client/src/ruleDocs.ts checks again).
  z.strictObject({ type: z.literal('openRuleDoc'), ruleId: z.string().check(z.regex(/^[a-z]+(?:-[a-z]+)*$/), z.maxLength(64)) }),
]);

/** The schema accepts exactly the declared messages: a compile error when the two drift apart. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesDeclaration: Same<z.infer<typeof webviewMessage>, WebviewMessage> = true;
void schemaMatchesDeclaration;

/** `value` as a WebviewMessage, or undefined when it is anything else. */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  const parsed = webviewMessage.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
