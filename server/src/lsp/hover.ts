/**
 * Hover: on a placeholder, what the field means and its value for the
 * sample contact; on a flagged phrase, why it hurts acceptance; on any
 * sentence of the note, how the engine read it ("Says how you know them:
 * “we met at the mixer”").
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MOVE_TITLES, movesWithin, placeholderAt, ruleById, type LintResult } from '../core/index';
import type { TemplateCheck } from '../checkTemplate';
import { fieldDocs } from './completion';
import { escapeMarkdown } from './markdown';
import { ruleDocUri } from './ruleDocs';

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
    // The id links to the rule's documentation (a file URI beside the server; the id is kebab-case).
    if (rule) sections.push(`[**${p.ruleId}**](<${ruleDocUri(p.ruleId)}>): ${rule.meta.rationale}`);
  }
  const reading = sentenceReading(check.result, offset);
  if (reading) sections.push(reading);
  if (sections.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') } };
}

/** How the sentence at `offset` was read, as Markdown: one line per move, with its words. Undefined outside the note's sentences. */
function sentenceReading(result: LintResult, offset: number): string | undefined {
  const { template, facts } = result;
  if (offset < template.body.start || offset > template.body.end) return undefined;
  const sentence = facts.reading().sentences.find((s) => s.start <= offset && offset <= s.end);
  if (!sentence) return undefined;
  const moves = movesWithin(template.text, facts, sentence);
  if (moves.length === 0) return '**How this reads**: nothing the checks look for (no context, reason, ask or pitch).';
  const lines = moves.map((m) => `- ${MOVE_TITLES[m.move]}: “${escapeMarkdown(m.text.replace(/\s+/g, ' '))}” (${escapeMarkdown(m.says)})`);
  return `**How this reads**\n\n${lines.join('\n')}`;
}
