/**
 * Hover: on a placeholder, what the field means and its value for the
 * sample contact; on a flagged phrase, why it hurts acceptance.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { placeholderAt, ruleById } from '../core/index';
import type { TemplateCheck } from '../templateCheck';
import { fieldDocs } from './completion';
import { escapeMarkdown } from './markdown';

export function hover(document: TextDocument, position: Position, check: TemplateCheck): Hover | null {
  const offset = document.offsetAt(position);
  const sections: string[] = [];
  const placeholder = placeholderAt(check.result.template, offset);
  if (placeholder && offset < placeholder.end) {
    // The fallback is template text: escaped, so it renders as written (the field name is kebab-case).
    const fallback = placeholder.fallback !== undefined ? `\n\nFallback: “${escapeMarkdown(placeholder.fallback)}”` : '';
    sections.push(`**{{${placeholder.field}}}**\n\n${fieldDocs(placeholder.field, check)}${fallback}`);
  }
  const seen = new Set<string>();
  for (const p of check.result.problems) {
    if (p.start > offset || offset >= Math.max(p.end, p.start + 1) || seen.has(p.ruleId)) continue;
    seen.add(p.ruleId);
    const rule = ruleById(p.ruleId);
    if (rule) sections.push(`**${p.ruleId}**: ${rule.meta.rationale}`);
  }
  if (sections.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') } };
}
