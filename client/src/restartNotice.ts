/**
 * Keeps vscode-languageclient's restart policy for a crashed server (up to
 * 4 restarts in 3 minutes) and tells the user once, at the first restart,
 * rather than on every crash.
 */
import { CloseAction, type CloseHandlerResult, type ErrorHandler } from 'vscode-languageclient/node';

/**
 * Wraps the client's default error handler. `defaultHandler` is called
 * lazily because the default handler needs the client, which takes this
 * handler in its options. `notify` runs on the first restart only.
 */
export function notifyOnFirstRestart(defaultHandler: () => ErrorHandler, notify: () => void): ErrorHandler {
  let notified = false;
  return {
    error: (error, message, count) => defaultHandler().error(error, message, count),
    closed: async (): Promise<CloseHandlerResult> => {
      const result = await defaultHandler().closed();
      if (result.action !== CloseAction.Restart) return result;
      if (!notified) {
        notified = true;
        notify();
      }
      return { ...result, handled: true };
    },
  };
}
