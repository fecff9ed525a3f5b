/** For tests of requests that must fail. */
import * as assert from 'node:assert/strict';
import { ResponseError } from 'vscode-languageserver-protocol/node';

/** The JSON-RPC error `promise` rejects with; fails the test when it resolves or rejects with anything else. */
export async function rpcError(promise: Promise<unknown>): Promise<ResponseError<unknown>> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ResponseError, `not a JSON-RPC error: ${String(error)}`);
    return error;
  }
  assert.fail('the request succeeded');
}
