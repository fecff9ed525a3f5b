/**
 * What every editor gets beyond push diagnostics, completion and hover:
 * pull diagnostics (LSP 3.17) for clients that ask for them, inlay hints,
 * code lens, document links and semantic tokens. Each handler maps one
 * template check; after a settings or contacts change the client is asked
 * to refresh what it supports refreshing.
 */
import {
  CodeLensRefreshRequest,
  DocumentDiagnosticReportKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type ServerCapabilities,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TemplateCheck } from '../checkTemplate';
import { codeLenses } from './codeLens';
import { documentLinks } from './documentLinks';
import { inlayHints } from './inlayHints';
import type { Lifecycle } from './lifecycle';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './semanticTokens';

/** What the features ask of the server. */
export interface FeatureHost {
  readonly connection: Connection;
  readonly lifecycle: Lifecycle;
  /** The check of an open template (settings and contacts loaded), or undefined for any other document. */
  openCheck(uri: string): Promise<{ document: TextDocument; check: TemplateCheck } | undefined>;
  /** The diagnostics of an open template, as a push would publish them; undefined for any other document. */
  diagnostics(uri: string): Promise<Diagnostic[] | undefined>;
}

export interface EditorFeatures {
  /** The server capabilities for a client with `client` capabilities (call once, from `initialize`). */
  capabilities(client: ClientCapabilities): ServerCapabilities;
  /** True when the client pulls diagnostics: the server then publishes none for templates. */
  pullsDiagnostics(): boolean;
  /** Settings or contacts changed: ask the client to pull again what it can refresh. */
  refresh(): void;
}

export function createEditorFeatures(host: FeatureHost): EditorFeatures {
  const { connection, lifecycle } = host;
  let pull = false;
  const refreshes: (() => Promise<unknown>)[] = [];
  const guard = lifecycle.guard;

  type PullHandler = Parameters<typeof connection.languages.diagnostics.on>[0];
  // The guard's InvalidRequest after shutdown carries no cancellation data.
  connection.languages.diagnostics.on(guard(async (params) => ({ kind: DocumentDiagnosticReportKind.Full, items: (await host.diagnostics(params.textDocument.uri)) ?? [] })) as PullHandler);
  connection.languages.inlayHint.on(guard(async (params) => {
    const open = await host.openCheck(params.textDocument.uri);
    return open ? inlayHints(open.document, params.range, open.check) : null;
  }));
  connection.onCodeLens(guard(async (params) => {
    const open = await host.openCheck(params.textDocument.uri);
    return open ? codeLenses(open.document, open.check) : null;
  }));
  connection.onDocumentLinks(guard(async (params) => {
    const open = await host.openCheck(params.textDocument.uri);
    return open ? documentLinks(open.document, open.check) : null;
  }));
  connection.languages.semanticTokens.on(guard(async (params) => {
    const open = await host.openCheck(params.textDocument.uri);
    return open ? semanticTokens(open.document, open.check.result.template) : { data: [] };
  }));

  return {
    capabilities(client) {
      pull = !!client.textDocument?.diagnostic;
      const workspace = client.workspace;
      if (pull && workspace?.diagnostics?.refreshSupport) refreshes.push(() => connection.languages.diagnostics.refresh());
      if (workspace?.inlayHint?.refreshSupport) refreshes.push(() => connection.languages.inlayHint.refresh());
      if (workspace?.codeLens?.refreshSupport) refreshes.push(() => connection.sendRequest(CodeLensRefreshRequest.type));
      return {
        // Contacts files are not documents the client knows: a change to one is followed by a refresh, not by inter-file pulls.
        ...(pull ? { diagnosticProvider: { identifier: 'invite-lint', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        inlayHintProvider: { resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        documentLinkProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: false },
      };
    },
    pullsDiagnostics: () => pull,
    refresh() {
      for (const ask of refreshes) void ask().catch(() => undefined);
    },
  };
}
