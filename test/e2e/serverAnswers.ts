/**
 * What the language server answers for a template file, computed in the test process by the server's
 * own modules with the default settings: the editor tests compare what the workbench shows with it.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadContactsFile, type LoadedContacts } from '../../server/src/contacts/index';
import type { ContactsSourceLike, ContactsStore } from '../../server/src/contactsStore';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { preview } from '../../server/src/lsp/preview';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import type { PreviewRequest } from '../../server/src/shared/protocol';
import { createTemplateChecker, type TemplateCheck } from '../../server/src/templateCheck';

/** One template as the server sees it. */
export interface TemplateAnswers {
  document: TextDocument;
  check: TemplateCheck;
  /** The diagnostics the server publishes for it. */
  diagnostics: Diagnostic[];
  /** `invite/preview` for `contact` (an index into its contacts), or for its sample contact. */
  preview(contact?: number): PreviewRequest.Result;
}

/**
 * The server's answers for the template at `file` (absolute) holding `text` (default: the file's
 * content), in a workspace whose folder is `workspace` (default: the file's folder). Contacts files
 * are read from disk as they are now.
 */
export function serverAnswers(file: string, text = readFileSync(file, 'utf8'), workspace = dirname(file)): TemplateAnswers {
  const checker = createTemplateChecker(syncContactsStore(), () => ({ settings: DEFAULT_SETTINGS, generation: 0 }), () => workspace);
  const document = TextDocument.create(pathToFileURL(file).href, 'invite', 1, text);
  const check = checker.check(document);
  return { document, check, diagnostics: toDiagnostics(document, check), preview: (contact) => preview(document, check, contact) };
}

/** A contacts store that reads files on first use, in this thread (the server loads them in a worker). */
function syncContactsStore(): ContactsStore {
  const loaded = new Map<string, LoadedContacts>();
  const get = (path: string) => {
    let entry = loaded.get(path);
    if (!entry) loaded.set(path, (entry = loadContactsFile(path)));
    return entry;
  };
  const pathOf = (source: ContactsSourceLike) => (typeof source === 'string' ? source : source.path);
  return { peek: (source) => get(pathOf(source)), load: async (source) => get(pathOf(source)), invalidate: (path) => loaded.delete(path), generation: 0 };
}
