/**
 * The code lens above the note: "Preview for Taa Dixon · 2 of 12 over the
 * limit". Its command is the VS Code extension's Open Preview (other
 * editors show the lens as information; the inlay hints carry the numbers).
 */
import type { CodeLens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { OPEN_PREVIEW_COMMAND } from '../shared/commands';
import type { TemplateCheck } from '../checkTemplate';
import { lengthLabel, noteSummary, oneLine, overLabel } from './noteSummary';

export function codeLenses(document: TextDocument, check: TemplateCheck): CodeLens[] {
  const summary = noteSummary(check);
  const start = document.positionAt(check.result.template.body.start);
  const who = summary.sample === undefined ? `Preview · ${lengthLabel(summary)}` : `Preview for ${oneLine(summary.sample)}`;
  const title = `${who} · ${overLabel(summary)}`;
  return [{ range: { start, end: start }, command: { title, command: OPEN_PREVIEW_COMMAND, arguments: [document.uri] } }];
}
