/**
 * `invite/preview` and `invite/contacts`: the data the client's preview,
 * picker and status bar show. Expansion and lengths come from the core.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  contactName,
  contactNoteIssues,
  contactsMissing,
  contactsWithNoteIssues,
  contactValue,
  estimatedLength,
  expand,
  expandForContact,
  expandedLengths,
  nameKey,
  noteChecklist,
  overLimit,
  type LintResult,
  type NoteIssueRules,
  type Problem,
} from '../core/index';
import type { ContactsRequest, PreviewChecklistItem, PreviewOverflow, PreviewProblem, PreviewRequest } from '../shared/protocol';
import type { TemplateCheck } from '../checkTemplate';

/** How many over-limit contacts the preview lists. */
const OVERFLOW_LISTED = 20;

/** The parts of a preview that are the same for every contact, per check (picking contacts re-uses them). */
const perCheck = new WeakMap<TemplateCheck, { lengths: number[]; overflow: PreviewOverflow[]; overCount: number; flagged: number[] }>();

/** The rules restated per contact, in the order their problems are listed for one contact. */
const PER_CONTACT = ['max-length', 'missing-value', 'expanded-text', 'contact-value'];

/** Which reading rules reported anything: a rule that is off, or found nothing for any contact, marks nothing. */
function readingRules(check: TemplateCheck): NoteIssueRules {
  const reported = (id: string) => check.result.problems.some((p) => p.ruleId === id);
  return { 'expanded-text': reported('expanded-text'), 'contact-value': reported('contact-value') };
}

function everyContact(check: TemplateCheck) {
  let entry = perCheck.get(check);
  if (!entry) {
    const { template, limit } = check.result;
    const contacts = check.contacts!;
    const lengths = expandedLengths(template, contacts);
    const over = overLimit(lengths, limit, OVERFLOW_LISTED);
    const overflow = over.longest.map((i) => ({ index: i, name: contactName(contacts, i), length: lengths[i] }));
    const problem = contactsWithNoteIssues(template, contacts, readingRules(check));
    for (let i = 0; i < lengths.length; i++) if (lengths[i] > limit) problem[i] = true;
    for (const p of template.placeholders) if (p.fallback === undefined) for (const i of contactsMissing(contacts, p.field)) problem[i] = true;
    const flagged = problem.flatMap((has, i) => (has ? [i] : []));
    entry = { lengths: Array.from(lengths), overflow, overCount: over.count, flagged };
    perCheck.set(check, entry);
  }
  return entry;
}

/** Each contacts file load gets a number, so the client can tell when its names are stale (0: no contacts). */
const loadNumbers = new WeakMap<object, number>();
let loads = 0;
function contactsVersion(check: TemplateCheck): number {
  if (!check.loaded) return 0;
  let number = loadNumbers.get(check.loaded);
  if (number === undefined) loadNumbers.set(check.loaded, (number = ++loads));
  return number;
}

/** The note expanded for the template's sample contact (check.sample), every contact's length, and the problems for that contact. */
export function preview(document: TextDocument, check: TemplateCheck): PreviewRequest.Result {
  const { result, contacts } = check;
  const { template, limit } = result;
  const index = check.sample;
  if (!contacts || index < 0) {
    const expansion = expand(template, () => '');
    return {
      text: expansion.text,
      length: estimatedLength(template, check.options.assumedLengths),
      estimated: template.placeholders.length > 0,
      limit,
      contactsVersion: contactsVersion(check),
      segments: expansion.segments.map(({ kind, text, field }) => ({ kind, text: kind === 'missing' ? `{{${field}}}` : text, field })),
      problems: result.problems.map((p) => previewProblem(document, p)),
      checklist: checklist(result, estimatedLength(template, check.options.assumedLengths), true),
      lengths: [],
      overflow: [],
      overCount: 0,
      flagged: [],
    };
  }
  const expansion = expandForContact(template, contacts, index);
  const name = contactName(contacts, index);
  const { lengths, overflow, overCount, flagged } = everyContact(check);
  // Contact-specific rules are restated for this contact; the others apply to every contact alike.
  const problems = result.problems
    .filter((p) => !PER_CONTACT.includes(p.ruleId))
    .map((p) => previewProblem(document, p));
  const line = (offset: number) => document.positionAt(offset).line;
  // What reads wrong for this contact: listed with the rule's severity, and marked on the part of the note it is about.
  const issues = contactNoteIssues(template, contacts, index, readingRules(check));
  const severity = (id: string) => result.problems.find((p) => p.ruleId === id)!.severity;
  const flags = new Map<number, string[]>();
  for (const issue of issues) {
    const p = template.placeholders[issue.placeholder];
    problems.push({ ruleId: issue.ruleId, severity: severity(issue.ruleId), line: line(p.start), message: `${issue.message} for ${name}.` });
    flags.set(p.start, [...(flags.get(p.start) ?? []), issue.message]);
  }
  for (const p of template.placeholders) {
    if (p.fallback === undefined && !contactValue(contacts, index, p.field)) {
      problems.push({ ruleId: 'missing-value', severity: 'warning', line: line(p.start), message: `${name} has no ${p.field}: the note has a gap here.` });
    }
  }
  if (expansion.length > limit) {
    problems.unshift({ ruleId: 'max-length', severity: 'error', line: line(template.body.start), message: `${expansion.length - limit} characters over the ${limit}-character limit for ${name}.` });
  }
  return {
    text: expansion.text,
    length: expansion.length,
    estimated: false,
    limit,
    segments: expansion.segments.map(({ kind, text, field, source }) => (flags.has(source.start) && kind !== 'literal' ? { kind, text, field, flags: flags.get(source.start) } : { kind, text, field })),
    contact: { index, name },
    contactsSource: check.contactsPath,
    contactsVersion: contactsVersion(check),
    problems,
    checklist: checklist(result, expansion.length, false, name),
    lengths,
    overflow,
    overCount,
    flagged,
  };
}

export function contactsList(check: TemplateCheck): ContactsRequest.Result {
  const { contacts } = check;
  const version = contactsVersion(check);
  if (!contacts) return { names: [], sample: -1, version };
  const names = Array.from({ length: contacts.size }, (_, i) => contactName(contacts, i));
  return { names, searchNames: names.map(nameKey), sample: check.sample, source: check.contactsPath, version };
}

function previewProblem(document: TextDocument, p: Problem): PreviewProblem {
  return { ruleId: p.ruleId, severity: p.severity, message: p.message, line: document.positionAt(p.start).line };
}

/** The engine's checklist of the note, and the length for the contact shown (or the estimate without one). */
function checklist(result: LintResult, length: number, estimated: boolean, name?: string): PreviewChecklistItem[] {
  const { limit } = result;
  const fits = length <= limit;
  const whose = name === undefined ? (estimated ? 'with typical field lengths' : '') : `for ${name}`;
  return [
    ...noteChecklist(result.template.text, result.facts),
    {
      item: 'length',
      label: 'Fits the limit',
      ok: fits,
      evidence: `${estimated ? '≈' : ''}${length}/${limit}`,
      detail: fits ? `${length} of ${limit} characters ${whose}.`.replace(/ \.$/, '.') : `${length - limit} characters over the ${limit}-character limit ${whose}.`.replace(/ \.$/, '.'),
    },
  ];
}
