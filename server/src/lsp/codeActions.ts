/**
 * Code actions: the quick fixes carried by our diagnostics, "disable this
 * rule in this file", and `source.fixAll.invite` for codeActionsOnSave.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { disableRuleFix, parseTemplate, type Edit, type Fix } from '../core/index';
import { SOURCE, type DiagnosticData } from './diagnostics';

/** The kind editors request on save (`editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.invite`;

/** The kinds this server offers (for the server capabilities). */
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/**
 * The actions for `params`. `fixAllText` computes the document text with
 * every automatic fix applied (only called when fix-all is wanted).
 */
export function codeActions(params: CodeActionParams, document: TextDocument, fixAllText: () => string): CodeAction[] {
  const only = params.context.only;
  const wanted = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix)) {
    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE && typeof d.code === 'string');
    for (const diagnostic of ours) actions.push(...quickFixes(document, diagnostic));
    const template = ours.length ? parseTemplate(document.getText()) : undefined;
    for (const ruleId of new Set(ours.map((d) => String(d.code)))) {
      const fix = disableRuleFix(template!, ruleId);
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: ours.filter((d) => d.code === ruleId),
        edit: workspaceEdit(document, fix.edits),
      });
    }
  }
  if (wanted(FIX_ALL_KIND)) {
    const edit = fixAllEdit(document, fixAllText);
    if (edit) actions.push({ title: 'Fix all auto-fixable invite-lint problems', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: [edit] } } });
  }
  return actions;
}

function quickFixes(document: TextDocument, diagnostic: Diagnostic): CodeAction[] {
  const data = diagnostic.data as DiagnosticData | undefined;
  // Fixes computed for an older version may no longer fit the text: offer nothing until the fresh diagnostics arrive.
  if (!data || data.version !== document.version || !Array.isArray(data.fixes)) return [];
  return data.fixes.map((fix, i) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: i === 0 && (data.hasAutoFix || data.fixes.length === 1),
    edit: workspaceEdit(document, fix.edits),
  }));
}

function workspaceEdit(document: TextDocument, edits: readonly Edit[]) {
  return { changes: { [document.uri]: edits.map((e) => toTextEdit(document, e)) } };
}

function toTextEdit(document: TextDocument, e: Edit): TextEdit {
  return { range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.text };
}

/** One edit covering only the changed middle of the text, so the cursor and folding survive. */
function fixAllEdit(document: TextDocument, fixAllText: () => string): TextEdit | undefined {
  const before = document.getText();
  const after = fixAllText();
  if (after === before) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return toTextEdit(document, { start, end: endBefore, text: after.slice(start, endAfter) });
}
