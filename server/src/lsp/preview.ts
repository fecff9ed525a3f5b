/**
 * `invite/preview` and `invite/contacts`: the data the client's preview,
 * picker and status bar show. Expansion and lengths come from the core.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  contactName,
  contactNoteIssues,
  contactProblems,
  contactsWithProblems,
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
import { plural } from '../core/plural';
import type { ContactsRequest, PreviewChecklistItem, PreviewOverflow, PreviewProblem, PreviewRequest } from '../shared/protocol';
import type { TemplateCheck } from '../checkTemplate';

/** How many over-limit contacts the preview lists. */
const OVERFLOW_LISTED = 20;

/** The parts of a preview that are the same for every contact, per check (picking contacts re-uses them). */
const perCheck = new WeakMap<TemplateCheck, { lengths: number[]; overflow: PreviewOverflow[]; overCount: number; flagged: number[] }>();

/** Which reading rules mark the note (a rule that is off marks nothing). */
function readingRules(check: TemplateCheck): NoteIssueRules {
  const on = (id: string) => check.result.severities.get(id) !== 'off';
  return { 'expanded-text': on('expanded-text'), 'contact-value': on('contact-value') };
}

function everyContact(check: TemplateCheck) {
  let entry = perCheck.get(check);
  if (!entry) {
    const { template, limit } = check.result;
    const contacts = check.contacts!;
    const lengths = expandedLengths(template, contacts);
    const over = overLimit(lengths, limit, OVERFLOW_LISTED);
    const overflow = over.longest.map((i) => ({ index: i, name: contactName(contacts, i), length: lengths[i] }));
    const flagged = contactsWithProblems(check.result, check.options).flatMap((has, i) => (has ? [i] : []));
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
  // What lint says, with the rules that judge each contact's note said for this one.
  const problems = contactProblems(result, check.options, index).map((p) => previewProblem(document, p));
  // What reads wrong for this contact, marked on the part of the note it is about.
  const flags = new Map<number, string[]>();
  for (const issue of contactNoteIssues(template, contacts, index, readingRules(check))) {
    const p = template.placeholders[issue.placeholder];
    flags.set(p.start, [...(flags.get(p.start) ?? []), issue.message]);
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
      detail: fits ? `${length} of ${limit} characters ${whose}.`.replace(/ \.$/, '.') : `${plural(length - limit, 'character')} over the ${limit}-character limit ${whose}.`.replace(/ \.$/, '.'),
    },
  ];
}
