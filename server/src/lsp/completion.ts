/**
 * Completion inside `{{ }}`: field names (standard fields and the contacts
 * file's columns) with their meaning and the sample contact's value; after
 * `|`, the field's suggested fallback.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { STANDARD_FIELDS, contactValue, contactsMissing, knownFields } from '../core/index';
import type { TemplateCheck } from '../checkTemplate';
import { escapeMarkdown } from './markdown';

/** Characters that open completion without a word typed. */
export const COMPLETION_TRIGGERS = ['{', '|'];

// An open `{{` before the cursor on this line: the name typed so far, and after `|` the fallback so far.
const OPEN_PLACEHOLDER = /\{\{\s*([A-Za-z0-9_-]*)\s*(?:(\|)\s*([^{}]*))?$/;

export function completions(document: TextDocument, position: Position, check: TemplateCheck): CompletionItem[] {
  const offset = document.offsetAt(position);
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const before = document.getText().slice(lineStart, offset);
  const m = OPEN_PLACEHOLDER.exec(before);
  if (!m) return [];
  const lineEnd = document.getText().slice(offset).search(/\r?\n|$/);
  const after = document.getText().slice(offset, offset + lineEnd);
  const closed = /^[^{]*\}\}/.test(after);
  if (m[2]) return fallbackItems(m[1], m[3], position, closed);
  const wordStart = { line: position.line, character: position.character - m[1].length };
  const wordEndOffset = offset + (/^[A-Za-z0-9_-]*/.exec(after)?.[0].length ?? 0);
  const range = { start: wordStart, end: document.positionAt(wordEndOffset) };
  const standard = [...STANDARD_FIELDS.keys()];
  return knownFields(check.contacts).map((field, i): CompletionItem => ({
    label: field,
    kind: CompletionItemKind.Field,
    detail: STANDARD_FIELDS.has(field) ? 'standard field' : 'contacts column',
    documentation: { kind: MarkupKind.Markdown, value: fieldDocs(field, check) },
    sortText: String(standard.includes(field) ? i : 100 + i).padStart(4, '0'),
    textEdit: { range, newText: closed ? field : `${field}}}` },
  }));
}

function fallbackItems(field: string, typed: string, position: Position, closed: boolean): CompletionItem[] {
  const fallback = STANDARD_FIELDS.get(field)?.fallback;
  const start = { line: position.line, character: position.character - typed.length };
  const items: CompletionItem[] = [];
  if (fallback) {
    items.push({
      label: fallback,
      kind: CompletionItemKind.Text,
      detail: `fallback for ${field}`,
      documentation: 'Used for contacts who have no value for this field.',
      textEdit: { range: { start, end: position }, newText: closed ? fallback : `${fallback}}}` },
    });
  }
  items.push({
    label: 'fallback text…',
    kind: CompletionItemKind.Snippet,
    detail: `{{${field} | text}}`,
    documentation: 'Text used when a contact has no value for the field.',
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: { start, end: position }, newText: closed ? '${1:text}' : '${1:text}}}' },
  });
  return items;
}

/** Markdown describing `field`: meaning, sample value, how many contacts lack it. Values from the contacts file are escaped. */
export function fieldDocs(field: string, check: TemplateCheck): string {
  const info = STANDARD_FIELDS.get(field);
  const lines = [info ? info.description : 'A column of your contacts file.'];
  const { contacts, sample } = check;
  if (contacts && sample >= 0) {
    const value = contactValue(contacts, sample, field);
    lines.push(`Sample (${escapeMarkdown(contactValue(contacts, sample, 'full-name'))}): ${value ? `“${escapeMarkdown(value)}”` : '*no value*'}`);
    const missing = contactsMissing(contacts, field).length;
    lines.push(missing ? `${missing} of ${contacts.size} contacts ${missing === 1 ? 'has' : 'have'} no value.` : `Every contact has a value.`);
  } else {
    lines.push('No contacts file: lengths are estimates.');
  }
  return lines.join('\n\n');
}
