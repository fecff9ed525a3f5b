/** Problems inside a contacts file (bad rows, bad JSON) are published on that file. */
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import { CONTACTS_FILE_RULE_ID } from '../core/index';
import type { LoadedContacts } from '../contacts/loadedContacts';
import type { ContactsStore } from '../contactsStore';
import { SOURCE } from './diagnostics';
import { ruleDocUri } from './ruleDocs';

const published = new WeakSet<LoadedContacts>();

/** Publishes the problems of the contacts file at `path` (read with `columns`), once per load of it. */
export function publishContactsProblems(connection: Connection, store: ContactsStore, path: string, columns?: Readonly<Record<string, string>>): void {
  const loaded = store.peek({ path, columns });
  if (!loaded || published.has(loaded)) return;
  published.add(loaded);
  const diagnostics: Diagnostic[] = loaded.problems.map((p) => ({
    range: { start: { line: p.line - 1, character: 0 }, end: { line: p.line - 1, character: 1000 } },
    severity: DiagnosticSeverity.Warning,
    source: SOURCE,
    code: CONTACTS_FILE_RULE_ID,
    codeDescription: { href: ruleDocUri(CONTACTS_FILE_RULE_ID) },
    message: p.message,
  }));
  void connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics });
}
