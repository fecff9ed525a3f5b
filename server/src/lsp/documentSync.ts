/**
 * Document sync with its notifications checked first: TextDocuments keeps
 * the open documents, but throws on an `didOpen` or `didChange` whose shape
 * is wrong (a change without text, a range that is no range). Such a
 * notification is ignored with one warning in the log, like one for a
 * document that is not open.
 */
import type { Connection, DidChangeTextDocumentParams, DidOpenTextDocumentParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Lets `documents` follow the client's open documents through `connection`, ignoring malformed notifications. */
export function listenForDocuments(documents: TextDocuments<TextDocument>, connection: Connection): void {
  const warn = (method: string, why: string) => connection.console.warn(`invite-lint: ignored a malformed ${method} notification (${why}).`);
  const checked = Object.create(connection) as Connection;
  checked.onDidOpenTextDocument = (handler) =>
    connection.onDidOpenTextDocument((params) => {
      const why = openProblem(params);
      return why ? warn('textDocument/didOpen', why) : handler(params);
    });
  checked.onDidChangeTextDocument = (handler) =>
    connection.onDidChangeTextDocument((params) => {
      const why = changeProblem(params);
      return why ? warn('textDocument/didChange', why) : handler(params);
    });
  documents.listen(checked);
}

/** Why `params` is no valid didOpen, or undefined. */
function openProblem(params: DidOpenTextDocumentParams): string | undefined {
  const doc = params?.textDocument as unknown as Record<string, unknown> | undefined;
  if (!isObject(doc) || typeof doc.uri !== 'string') return 'no document uri';
  if (typeof doc.text !== 'string') return 'no text';
  return Number.isInteger(doc.version) ? undefined : 'no whole-number version';
}

/** Why `params` is no valid didChange, or undefined. */
function changeProblem(params: DidChangeTextDocumentParams): string | undefined {
  const doc = params?.textDocument as unknown as Record<string, unknown> | undefined;
  if (!isObject(doc) || typeof doc.uri !== 'string') return 'no document uri';
  if (!Number.isInteger(doc.version)) return 'no whole-number version';
  if (!Array.isArray(params.contentChanges)) return 'contentChanges is not a list';
  for (const change of params.contentChanges as unknown[]) {
    if (!isObject(change) || typeof change.text !== 'string') return 'a change without text';
    if ('range' in change && change.range !== undefined && !isRange(change.range)) return 'a change whose range is not a range';
  }
  return undefined;
}

function isRange(value: unknown): boolean {
  return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

function isPosition(value: unknown): boolean {
  return isObject(value) && isCount(value.line) && isCount(value.character);
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
