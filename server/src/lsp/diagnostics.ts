/**
 * Core problems → LSP diagnostics. The fixes travel in `data` so a code
 * action request needs no server state; they are tied to the document
 * version they were computed for.
 */
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix, Problem } from '../core/index';
import type { TemplateCheck } from '../templateCheck';
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
 * The diagnostics of a checked template: the first `maxProblems` in document
 * order (like cSpell's limit, this keeps a pathological file from flooding
 * the editor and the pipe), then a note on how many more there are.
 */
export function toDiagnostics(document: TextDocument, check: TemplateCheck, maxProblems = Infinity): Diagnostic[] {
  const diagnostics = check.result.problems.slice(0, maxProblems).map((p) => toDiagnostic(document, check, p));
  const contactsNote = contactsDiagnostic(document, check);
  if (contactsNote) diagnostics.push(contactsNote);
  const more = moreProblemsDiagnostic(document, check.result, maxProblems);
  if (more) diagnostics.push({ ...more, source: SOURCE });
  return diagnostics;
}

function toDiagnostic(document: TextDocument, check: TemplateCheck, p: Problem): Diagnostic {
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
function relatedContacts(check: TemplateCheck, p: Problem): DiagnosticRelatedInformation[] {
  if (!p.related?.length || !check.contactsPath) return [];
  const uri = pathToFileURL(check.contactsPath).href;
  return p.related.map((r) => {
    const line = Math.max(0, (check.contactsLines?.[r.contact] ?? 1) - 1);
    return { location: { uri, range: { start: { line, character: 0 }, end: { line, character: 0 } } }, message: r.message };
  });
}

/** A front-matter `contacts:` that could not be used is reported on its value. */
function contactsDiagnostic(document: TextDocument, check: TemplateCheck): Diagnostic | undefined {
  if (!check.contactsError) return undefined;
  const entry = check.result.template.frontMatter?.entries.find((e) => e.key === 'contacts');
  const span = entry?.valueSpan ?? { start: check.result.template.body.start, end: check.result.template.body.start };
  return {
    range: { start: document.positionAt(span.start), end: document.positionAt(span.end) },
    severity: DiagnosticSeverity.Warning,
    code: 'front-matter',
    codeDescription: { href: ruleDocUri('front-matter') },
    source: SOURCE,
    message: `${check.contactsError} Lengths are estimates until a contacts file is found.`,
  };
}
