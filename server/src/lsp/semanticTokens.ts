/**
 * Semantic tokens for placeholders (`{{name}}`), their fallbacks
 * (`| there`) and slots written in another tool's style (`[Name]`), so an
 * editor without the TextMate grammar (Neovim, Helix, Emacs) colours them.
 * Tokens never span lines: a placeholder broken over lines is cut at each.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Template } from '../core/index';

/** Token types, by their index in the legend. */
const TYPES = ['variable', 'string', 'macro'] as const;
type TokenType = (typeof TYPES)[number];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: [] };

interface Token {
  readonly start: number;
  readonly end: number;
  readonly type: TokenType;
}

/** The tokens of `template` in document order: a placeholder is a variable except for its fallback, a string; a foreign slot a macro. */
export function templateTokens(template: Template): Token[] {
  const tokens: Token[] = [];
  for (const p of template.placeholders) {
    if (p.fallbackSpan && p.fallbackSpan.end > p.fallbackSpan.start) {
      tokens.push({ start: p.start, end: p.fallbackSpan.start, type: 'variable' });
      tokens.push({ start: p.fallbackSpan.start, end: p.fallbackSpan.end, type: 'string' });
      tokens.push({ start: p.fallbackSpan.end, end: p.end, type: 'variable' });
    } else tokens.push({ start: p.start, end: p.end, type: 'variable' });
  }
  for (const s of template.slotProblems) if (s.kind === 'foreign-slot') tokens.push({ start: s.start, end: s.end, type: 'macro' });
  return tokens.filter((t) => t.end > t.start).sort((a, b) => a.start - b.start);
}

export function semanticTokens(document: TextDocument, template: Template): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const token of templateTokens(template)) {
    const type = TYPES.indexOf(token.type);
    let start = document.positionAt(token.start);
    const end = document.positionAt(token.end);
    // One token per line the span covers.
    while (start.line < end.line) {
      let lineEnd = document.offsetAt({ line: start.line + 1, character: 0 }) - 1;
      if (document.getText({ start: document.positionAt(lineEnd - 1), end: document.positionAt(lineEnd) }) === '\r') lineEnd--;
      const length = lineEnd - document.offsetAt(start);
      if (length > 0) builder.push(start.line, start.character, length, type, 0);
      start = { line: start.line + 1, character: 0 };
    }
    if (end.character > start.character) builder.push(start.line, start.character, end.character - start.character, type, 0);
  }
  return builder.build();
}
