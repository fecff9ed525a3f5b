/**
 * Inlay hints: at the end of the note its length for the sample contact
 * against the limit (`212/300 · Taa Dixon`, `~212/300` when estimated),
 * and after each placeholder the sample contact's value, so an editor
 * without the preview still shows what the note becomes.
 */
import type { InlayHint, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { contactValue } from '../core/index';
import type { TemplateCheck } from '../checkTemplate';
import { lengthLabel, noteSummary, oneLine, overLabel } from './noteSummary';

/** Longest value shown in a placeholder's hint. */
const VALUE_SHOWN = 40;

export function inlayHints(document: TextDocument, range: Range, check: TemplateCheck): InlayHint[] {
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const { template } = check.result;
  const hints: InlayHint[] = [];
  const { contacts, sample } = check;
  if (contacts && sample >= 0) {
    for (const p of template.placeholders) {
      if (p.end < from || p.end > to) continue;
      const value = contactValue(contacts, sample, p.field);
      const shown = value ? oneLine(value, VALUE_SHOWN) : p.fallback !== undefined ? `${oneLine(p.fallback, VALUE_SHOWN)} (fallback)` : '(empty)';
      hints.push({ position: document.positionAt(p.end), label: `= ${shown}`, paddingLeft: true });
    }
  }
  const noteEnd = lastTextEnd(template.text, template.body.start, template.body.end);
  if (noteEnd >= from && noteEnd <= to) {
    const summary = noteSummary(check);
    hints.push({ position: document.positionAt(noteEnd), label: lengthLabel(summary), tooltip: overLabel(summary), paddingLeft: true });
  }
  return hints;
}

/** The offset after the note's last character that is not white space (the body's start when it has none). */
function lastTextEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1])) at--;
  return at;
}
