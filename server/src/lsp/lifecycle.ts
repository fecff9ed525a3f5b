/**
 * The LSP lifecycle rules the library leaves to the server: `initialize`
 * is answered once, and after `shutdown` every request gets InvalidRequest
 * (the client may only send `exit` then).
 */
import { ErrorCodes, ResponseError, type InitializeError } from 'vscode-languageserver';

export interface Lifecycle {
  /** Runs `init` for the first `initialize`; a later one gets InvalidRequest and changes nothing. */
  initialize<T>(init: () => T): T | ResponseError<InitializeError>;
  /** The client sent `shutdown`. */
  shutDown(): void;
  /** `handler`, answering InvalidRequest once the server is shut down. */
  guard<P, R>(handler: (params: P) => R): (params: P) => R | ResponseError<void>;
}

export function createLifecycle(): Lifecycle {
  let initialized = false;
  let shutDown = false;
  return {
    initialize(init) {
      if (initialized) return new ResponseError(ErrorCodes.InvalidRequest, 'The server is already initialized.', { retry: false });
      initialized = true;
      return init();
    },
    shutDown() {
      shutDown = true;
    },
    guard: (handler) => (params) => (shutDown ? new ResponseError(ErrorCodes.InvalidRequest, 'The server has been shut down.') : handler(params)),
  };
}
