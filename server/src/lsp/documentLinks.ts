/**
 * Document links: the front matter's `contacts:` value links to the file it
 * names, when that file was found inside the template's folder boundary
 * and loaded (findContactsFile refuses any other); a path that leads
 * outside, or to nothing, gets no link.
 */
import { pathToFileURL } from 'node:url';
import type { DocumentLink } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TemplateCheck } from '../checkTemplate';

export function documentLinks(document: TextDocument, check: TemplateCheck): DocumentLink[] {
  const { template, settings } = check.result;
  const entry = template.frontMatter?.entries.find((e) => e.key === 'contacts');
  // Only a file the front matter named: the contacts may also come from the setting or the search.
  if (!entry || settings.contacts === undefined || !check.contactsPath) return [];
  const range = { start: document.positionAt(entry.valueSpan.start), end: document.positionAt(entry.valueSpan.end) };
  return [{ range, target: pathToFileURL(check.contactsPath).href, tooltip: 'Open the contacts file' }];
}
