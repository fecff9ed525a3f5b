/**
 * The invite-lint language server: LSP wiring only. Each handler asks the
 * template checker for the current check and hands it to one lsp/ mapper.
 * Transport: IPC when VS Code starts it (`--node-ipc`), stdio otherwise.
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeActionParams,
  type CompletionParams,
  type Diagnostic,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll } from './core/index';
import { createContactsStore } from './contactsStore';
import { CODE_ACTION_KINDS, codeActions } from './lsp/codeActions';
import { COMPLETION_TRIGGERS, completions } from './lsp/completion';
import { publishContactsProblems } from './lsp/contactsDiagnostics';
import { toDiagnostics } from './lsp/diagnostics';
import { hover } from './lsp/hover';
import { contactsList, preview } from './lsp/preview';
import { createSettingsSource } from './lsp/settingsSource';
import { configuredSettings, isConfigFile } from './lsp/configuredSettings';
import { createConfigLookup } from './config/configLookup';
import { CONTACTS_FILES_GLOB, isContactsFileName } from './shared/contactsFiles';
import { CheckChangedNotification, ContactsRequest, LANGUAGE_ID, PreviewRequest, SampleContactRequest } from './shared/protocol';
import { createDocumentChecks, filePathOf, type DocumentCheck } from './lsp/documentChecks';
import { listenForDocuments } from './lsp/documentSync';
import { createEditorFeatures } from './lsp/editorFeatures';
import { createLifecycle } from './lsp/lifecycle';
import { createValidationQueue } from './lsp/validationQueue';
import { workspaceRoots } from './lsp/workspaceRoots';

if (!process.argv.some((a) => /^--(node-ipc|stdio|socket|pipe|clientProcessId)/.test(a))) process.argv.push('--stdio');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const store = createContactsStore();
const roots = workspaceRoots();
const isOpen = (uri: string) => documents.get(uri) !== undefined;
const settings = createSettingsSource(connection, isOpen);
const configs = createConfigLookup();
// Each template's config file over the editor settings (lsp/configuredSettings.ts).
const settingsFor = configuredSettings(settings.current, configs, roots.rootFor, (message) => void connection.window.showWarningMessage(message));
const checks = createDocumentChecks(
  store,
  async (uri) => {
    await settings.load(uri);
    return settingsFor(uri);
  },
  roots.rootFor,
  isOpen,
);
const isTemplate = (doc: TextDocument) => doc.languageId === LANGUAGE_ID || doc.uri.endsWith('.invite');
/** Documents longer than this are not checked (a note is a few hundred characters; the CLI skips such files too). */
const MAX_CHECKED_LENGTH = 10 * 1024 * 1024;
const tooLarge = (doc: TextDocument) => doc.getText().length > MAX_CHECKED_LENGTH;

/** The diagnostics of an open template, for a push or a pull, with its check; undefined for any other document. */
async function templateDiagnostics(uri: string): Promise<{ version: number; diagnostics: Diagnostic[]; check?: DocumentCheck } | undefined> {
  const document = documents.get(uri);
  if (!document || !isTemplate(document)) return undefined;
  if (tooLarge(document)) {
    const message = 'This file is larger than 10 MB: invite-lint does not check it.';
    return { version: document.version, diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 2, source: 'invite-lint', message }] };
  }
  const check = await checks.check(document);
  return { version: check.version, diagnostics: toDiagnostics(document, check), check };
}

const queue = createValidationQueue(async (uri) => {
  const found = await templateDiagnostics(uri);
  // A newer edit may have arrived while settings loaded; its own turn will publish.
  if (!found || documents.get(uri)?.version !== found.version) return;
  // A client that pulls diagnostics gets them by asking (lsp/editorFeatures.ts).
  if (!features.pullsDiagnostics()) await connection.sendDiagnostics({ uri, version: found.version, diagnostics: found.diagnostics });
  if (found.check?.contactsPath) publishContactsProblems(connection, store, found.check.contactsPath, found.check.contactsColumns);
  // The preview and the status bar follow the check, whatever changed it (a keystroke, a contacts file, a setting).
  await connection.sendNotification(CheckChangedNotification.method, { uri } satisfies CheckChangedNotification.Params);
}, (error) => connection.console.error(`invite-lint: check failed: ${error instanceof Error ? error.message : String(error)}`));

let foldersSupported = false;
const lifecycle = createLifecycle();
const features = createEditorFeatures({ connection, lifecycle, openCheck, diagnostics: async (uri) => (await templateDiagnostics(uri))?.diagnostics });

connection.onShutdown(() => lifecycle.shutDown());
connection.onInitialize((params) => lifecycle.initialize(() => initialize(params)));

function initialize(params: InitializeParams): InitializeResult {
  foldersSupported = !!params.capabilities.workspace?.workspaceFolders;
  roots.set(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
  settings.init(params.capabilities);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
      completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
      hoverProvider: true,
      ...features.capabilities(params.capabilities),
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'invite-lint' },
  };
}

connection.onInitialized(() => {
  // Every registration only where the client declared dynamic registration for it.
  if (settings.canPull() && settings.canRegisterChanges()) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'invite' });
  if (settings.canWatch()) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: CONTACTS_FILES_GLOB }, { globPattern: '**/.invite-lint.{json,jsonc,yaml,yml}' }],
    });
  }
  // Only a client that announced workspace folders may be asked for folder changes.
  if (foldersSupported) connection.workspace.onDidChangeWorkspaceFolders((e) => roots.change(e.added.map((f) => f.uri), e.removed.map((f) => f.uri)));
});

const revalidateAll = () => {
  documents.all().forEach((d) => queue.schedule(d.uri));
  features.refresh();
};

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  revalidateAll();
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  let any = false;
  for (const change of changes) {
    const path = filePathOf(change.uri);
    if (path && isConfigFile(path)) {
      configs.invalidate();
      any = true;
    } else if (path && isContactsFileName(path)) {
      store.invalidate(path);
      any = true;
    }
  }
  if (any) revalidateAll();
});

documents.onDidOpen((e) => queue.schedule(e.document.uri));
documents.onDidChangeContent((e) => queue.schedule(e.document.uri));
documents.onDidClose((e) => {
  checks.forget(e.document.uri);
  settings.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

/**
 * The check of an open template once its settings and contacts are loaded,
 * or undefined. Requests wait for the same check the diagnostics use, so a
 * large document is checked once, not once per settings state.
 */
async function openCheck(uri: string) {
  const document = documents.get(uri);
  return document && isTemplate(document) && !tooLarge(document) ? { document, check: await checks.check(document) } : undefined;
}

connection.onCodeAction(lifecycle.guard(async (params: CodeActionParams) => {
  const open = await openCheck(params.textDocument.uri);
  return open ? codeActions(params, open.document, () => fixAll(open.document.getText(), open.check.options).text) : [];
}));
connection.onCompletion(lifecycle.guard(async (params: CompletionParams) => {
  const open = await openCheck(params.textDocument.uri);
  return open ? completions(open.document, params.position, open.check) : [];
}));
connection.onHover(lifecycle.guard(async (params: HoverParams) => {
  const open = await openCheck(params.textDocument.uri);
  return open ? hover(open.document, params.position, open.check) : null;
}));
connection.onRequest(PreviewRequest.method, lifecycle.guard(async (params: PreviewRequest.Params) => {
  const open = await openCheck(params.uri);
  return open ? preview(open.document, open.check) : null;
}));
connection.onRequest(ContactsRequest.method, lifecycle.guard(async (params: ContactsRequest.Params) => {
  const open = await openCheck(params.uri);
  return open ? contactsList(open.check) : { names: [], sample: -1, version: 0 };
}));
connection.onRequest(SampleContactRequest.method, lifecycle.guard(async (params: SampleContactRequest.Params) => {
  if (!documents.get(params.uri) || !Number.isInteger(params.index) || params.index < 0 || typeof params.name !== 'string') return;
  checks.choose(params.uri, { index: params.index, name: params.name });
}));

listenForDocuments(documents, connection);
connection.listen();
