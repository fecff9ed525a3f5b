/**
 * Follows the template being worked on (the last active .invite editor)
 * and asks the server for its preview whenever the server says its check
 * changed (an edit, its contacts file, a setting, its sample contact) and
 * as it is typed in. The status bar and the preview panel both listen here,
 * so one request per change feeds both. The sample contact is the
 * server's: a choice is sent there, and remembered in the workspace state
 * to be sent again when the template is next opened.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_ID, type ContactsRequest, type PreviewRequest } from '../../server/src/shared/protocol';
import type { SampleContacts } from './sampleContacts';
import { chooseSampleContact, onCheckChanged, requestContacts, requestPreview } from './serverRequests';

/** How long typing must pause before the preview is recomputed, in milliseconds. */
const DEBOUNCE_MS = 100;

/** The preview of one template, or why there is none. */
export interface NoteState {
  readonly document: vscode.TextDocument;
  /** The contacts the template uses (names in file order). */
  readonly contacts?: ContactsRequest.Result;
  readonly result?: PreviewRequest.Result;
  /** Set instead of `result` when the server could not answer. */
  readonly error?: string;
}

/** True for a document of the invite language. */
export function isInviteDocument(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document?.languageId === LANGUAGE_ID;
}

export class NoteTracker implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<NoteState | undefined>();
  /** Fires with the new state after every recomputation, and with undefined when the template is closed. */
  readonly onDidChange = this.changed.event;

  private current: vscode.TextDocument | undefined;
  private state: NoteState | undefined;
  private readonly contactsCache = new Map<string, ContactsRequest.Result>();
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  /** The documents whose remembered sample contact the server has been told (it forgets a closed document's). */
  private readonly told = new WeakSet<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [];

  /** `samples` remembers the chosen sample contacts between sessions. */
  constructor(
    private readonly client: BaseLanguageClient,
    private readonly samples: SampleContacts,
  ) {
    this.disposables.push(
      onCheckChanged(client, (uri) => {
        if (uri === this.current?.uri.toString()) this.schedule();
      }),
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor?.document)),
      vscode.workspace.onDidOpenTextDocument((document) => {
        // Changing a document's language reopens it under the new language.
        if (document === vscode.window.activeTextEditor?.document) this.follow(document);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.current && event.contentChanges.length > 0) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document !== this.current) return;
        this.current = undefined;
        this.state = undefined;
        this.generation++;
        this.changed.fire(undefined);
      }),
      client.onDidChangeState((event) => {
        if (event.newState === State.Running) this.schedule();
      }),
      { dispose: () => clearTimeout(this.timer) },
    );
    this.follow(vscode.window.activeTextEditor?.document);
  }

  /** The template being followed, if any. */
  get document(): vscode.TextDocument | undefined {
    return this.current;
  }

  /** The last computed state of the followed template. */
  get latest(): NoteState | undefined {
    return this.state;
  }

  /** Follows `document` if it is a template; other documents leave the current one followed. */
  follow(document: vscode.TextDocument | undefined): void {
    if (!isInviteDocument(document) || document === this.current) return;
    this.current = document;
    void this.refresh();
  }

  /** The template a command acts on: the one at `uri`, else the active invite editor's, else the followed one. */
  async documentFor(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    if (uri) {
      const document = await vscode.workspace.openTextDocument(uri);
      return isInviteDocument(document) ? document : undefined;
    }
    const active = vscode.window.activeTextEditor?.document;
    return isInviteDocument(active) ? active : this.current;
  }

  /** Recomputes the followed template's preview now and publishes it; resolves to the new state. */
  async refresh(): Promise<NoteState | undefined> {
    clearTimeout(this.timer);
    const document = this.current;
    if (!document) return undefined;
    const generation = ++this.generation;
    const state = await this.compute(document);
    // A newer computation or a switch of template makes this one stale.
    if (generation === this.generation && document === this.current) {
      this.state = state;
      this.changed.fire(state);
    }
    return state;
  }

  /** Computes the preview of `document` for its sample contact, without publishing it. */
  async compute(document: vscode.TextDocument): Promise<NoteState> {
    const uri = document.uri.toString();
    try {
      await this.tellRemembered(document);
      const result = await requestPreview(this.client, uri);
      let contacts = await this.contactsFor(document);
      // Other contacts (front matter edited, the file changed or reloaded): fetch their names again.
      if (contacts.version !== result.contactsVersion) contacts = await this.contactsFor(document, true);
      return { document, contacts, result };
    } catch (error) {
      return { document, error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** The contacts `document` uses; cached until the server's version of them changes, or `fresh` is set. */
  async contactsFor(document: vscode.TextDocument, fresh = false): Promise<ContactsRequest.Result> {
    const uri = document.uri.toString();
    const cached = fresh ? undefined : this.contactsCache.get(uri);
    if (cached) return cached;
    const contacts = await requestContacts(this.client, uri);
    this.contactsCache.set(uri, contacts);
    return contacts;
  }

  /** Makes contact `index` (of `contacts`) the sample of `document` and recomputes. Ignores indexes out of range. */
  async chooseSample(document: vscode.TextDocument, contacts: ContactsRequest.Result, index: number): Promise<void> {
    const name = contacts.names[index];
    if (name === undefined) return;
    await this.samples.set(document.uri, { index, name });
    await chooseSampleContact(this.client, document.uri.toString(), index, name);
    this.told.add(document);
    if (document === this.current) await this.refresh();
  }

  /** Sends the server the sample contact remembered for `document` from an earlier session, once per opening. */
  private async tellRemembered(document: vscode.TextDocument): Promise<void> {
    if (this.told.has(document)) return;
    this.told.add(document);
    const choice = this.samples.get(document.uri);
    if (choice) await chooseSampleContact(this.client, document.uri.toString(), choice.index, choice.name);
  }

  /** Recomputes after a pause of DEBOUNCE_MS; later calls push the moment back. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), DEBOUNCE_MS);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
