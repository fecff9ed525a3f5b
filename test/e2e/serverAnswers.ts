/**
 * What the language server answers for a template file, computed in the test process by the server's
 * own modules with the default settings: the editor tests compare what the workbench shows with it.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkTemplate } from '../../server/src/checkTemplate';
import { contactName } from '../../server/src/core/index';
import { runContacts } from '../../server/src/cli/templateContacts';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import type { DocumentCheck } from '../../server/src/lsp/documentChecks';
import { preview } from '../../server/src/lsp/preview';
import { DEFAULT_SETTINGS, lintOptionsFrom } from '../../server/src/settings';
import type { PreviewRequest } from '../../server/src/shared/protocol';

/** One template as the server sees it. */
export interface TemplateAnswers {
  document: TextDocument;
  check: DocumentCheck;
  /** The diagnostics the server publishes for it. */
  diagnostics: Diagnostic[];
  /** `invite/preview` once contact `contact` (an index into its contacts) is chosen as its sample, or for its own sample contact. */
  preview(contact?: number): Promise<PreviewRequest.Result>;
}

/**
 * The server's answers for the template at `file` (absolute) holding `text` (default: the file's
 * content), in a workspace whose folder is `workspace` (default: the file's folder). Contacts files
 * are read from disk as they are now.
 */
export async function serverAnswers(file: string, text = readFileSync(file, 'utf8'), workspace = dirname(file)): Promise<TemplateAnswers> {
  const document = TextDocument.create(pathToFileURL(file).href, 'invite', 1, text);
  const checkFor = async (contact?: number): Promise<DocumentCheck> => {
    const chosen = contact === undefined ? undefined : await checkFor().then((c) => ({ index: contact, name: contactName(c.contacts!, contact) }));
    const request = { text, path: file, root: workspace, sampleSetting: DEFAULT_SETTINGS.sampleContact, chosenSample: chosen, options: lintOptionsFrom(DEFAULT_SETTINGS) };
    return { ...(await checkTemplate(request, runContacts())), version: 1 };
  };
  const check = await checkFor();
  return { document, check, diagnostics: toDiagnostics(document, check), preview: async (contact) => preview(document, await checkFor(contact)) };
}
