/**
 * Core problems → LSP diagnostics. The fixes travel in `data` so a code
 * action request needs no server state; they are tied to the document
 * version they were computed for.
 */
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix, Problem } from '../core/index';
import type { DocumentCheck } from './documentChecks';
import { moreProblemsDiagnostic } from './moreProblems';
import { ruleDocUri } from './ruleDocs';

/** The `source` of every diagnostic this server publishes. */
export const SOURCE = 'invite-lint';

/** What `Diagnostic.data` holds. */
export interface DiagnosticData {
  readonly version: number;
  /** The automatic fix first (when there is one), then the suggestions. */
  readonly fixes: readonly Fix[];
  /** True when the first entry of `fixes` is the rule's automatic fix. */
  readonly hasAutoFix: boolean;
}

export const SEVERITY: Record<Problem['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The diagnostics of a checked template, in document order (lint has already
 * kept only the first `invite.maxProblems`, which keeps a pathological file
 * from flooding the editor and the pipe), then a note on how many more there are.
 */
export function toDiagnostics(document: TextDocument, check: DocumentCheck): Diagnostic[] {
  const diagnostics = check.result.problems.map((p) => toDiagnostic(document, check, p));
  const more = moreProblemsDiagnostic(document, check.result, check.result.problems.length);
  if (more) diagnostics.push({ ...more, source: SOURCE });
  return diagnostics;
}

function toDiagnostic(document: TextDocument, check: DocumentCheck, p: Problem): Diagnostic {
  const fixes = [...(p.fix ? [p.fix] : []), ...(p.suggestions ?? [])];
  const data: DiagnosticData = { version: check.version, fixes, hasAutoFix: !!p.fix };
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(p.start), end: document.positionAt(p.end) },
    severity: SEVERITY[p.severity],
    code: p.ruleId,
    codeDescription: { href: ruleDocUri(p.ruleId) },
    source: SOURCE,
    message: p.message,
    data,
  };
  const related = relatedContacts(check, p);
  if (related.length) diagnostic.relatedInformation = related;
  return diagnostic;
}

/** Points at the contacts named by a problem (the longest notes for max-length). */
function relatedContacts(check: DocumentCheck, p: Problem): DiagnosticRelatedInformation[] {
  if (!p.related?.length || !check.contactsPath) return [];
  const uri = pathToFileURL(check.contactsPath).href;
  return p.related.map((r) => {
    const line = Math.max(0, (check.loaded?.lines?.[r.contact] ?? 1) - 1);
    return { location: { uri, range: { start: { line, character: 0 }, end: { line, character: 0 } } }, message: r.message };
  });
}
