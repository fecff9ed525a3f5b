/** `invite-lint preview`: a template's note expanded for real contacts. */
import { resolve } from 'node:path';
import { distance } from 'fastest-levenshtein';
import {
  CONTACTS_FILE_RULE_ID,
  contactName,
  contactProblems,
  contactValue,
  estimatedLength,
  expand,
  expandForContact,
  nameKey,
  type ContactSet,
  type Template,
} from '../core/index';
import type { Paint } from './colors';
import type { PreviewCommand } from './args';
import { templateMessages } from './fileReport';
import { displayPath } from './files';
import { formatStylish } from './formatStylish';
import { plural } from '../core/plural';
import { readTemplate } from './readTemplate';
import { runContacts } from './templateContacts';
import { settingsLookup } from './templateSettings';
import { checkTemplate } from '../checkTemplate';
import { lintOptionsFrom } from '../settings';
import { visible, visibleLine } from './visible';

/** Where preview writes and how. */
export interface PreviewIo {
  readonly cwd: string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly paint: Paint;
}

/** How many names an unknown `--contact` suggests. */
const SUGGESTIONS = 3;

/** Runs the preview command; resolves to the exit code (0, or 2 for a file or contact that cannot be found). */
export async function runPreview(command: PreviewCommand, io: PreviewIo): Promise<number> {
  const path = resolve(io.cwd, command.file);
  // Names and notes come from files: printed with control characters made visible.
  const shown = visibleLine(displayPath(path, io.cwd));
  const read = readTemplate(path, shown);
  if ('failure' in read) {
    io.err(`invite-lint: ${read.failure}\n`);
    return 2;
  }
  // The config file applies as it does to lint: under the command line and the front matter.
  const configured = settingsLookup({ cwd: io.cwd, limit: command.limit, rules: command.rules })(path);
  for (const problem of configured.configProblems) io.err(`invite-lint: warning: ${problem}\n`);
  const check = await checkTemplate(
    {
      text: read.text,
      path,
      root: io.cwd,
      contactsSetting: configured.settings.contacts || undefined,
      contactsNamed: command.contacts === undefined ? undefined : resolve(io.cwd, command.contacts),
      sampleSetting: configured.settings.sampleContact || undefined,
      chosenSample: command.contact === undefined ? undefined : { name: command.contact },
      options: lintOptionsFrom(configured.settings),
    },
    runContacts(),
  );
  const { result, contacts, loaded } = check;
  const { template, limit } = result;
  for (const p of result.problems) if (p.ruleId === CONTACTS_FILE_RULE_ID) io.err(`invite-lint: warning: ${p.message}\n`);
  const problems = loaded?.problems.length ?? 0;
  if (problems > 0) io.err(`invite-lint: warning: ${plural(problems, 'problem')} in ${displayPath(check.contactsPath!, io.cwd)}; run invite-lint on the template to list them.\n`);

  if (!contacts || contacts.size === 0) {
    if (command.contact !== undefined) {
      io.err(`invite-lint: no contacts for ${shown}, so no "${command.contact}" to show.\n`);
      return 2;
    }
    const note = expand(template, (field) => `{{${field}}}`).text;
    io.out(`${shown} — no contacts: about ${estimatedLength(template)}/${limit} with typical field lengths\n${visible(note)}\n`);
    return 0;
  }

  const source = visibleLine(displayPath(check.contactsPath!, io.cwd));
  if (command.all) {
    io.out(allContacts(template, contacts, limit, { shown, source, paint: io.paint }));
    return 0;
  }
  const unmatched = check.unmatchedSample;
  if (unmatched?.chosen) {
    const close = closeNames(contacts, unmatched.name);
    const hint = close.length > 0 ? `did you mean ${close.join(', ')}?` : `it has ${plural(contacts.size, 'contact')}, such as ${contactName(contacts, 0)}.`;
    io.err(`invite-lint: no contact "${unmatched.name}" in ${source}; ${hint}\n`);
    return 2;
  }
  if (unmatched) io.err(`invite-lint: warning: sample "${unmatched.name}" is not in ${source}; showing the first contact.\n`);
  io.out(noteBlock(template, contacts, check.sample, limit, io.paint));
  // What lint says of the template, with the rules that judge each contact's note said for this one.
  const said = contactProblems(result, check.options, check.sample);
  const report = formatStylish([{ path, source: read.text, messages: templateMessages(read.text, said) }], { cwd: io.cwd, paint: io.paint, fixing: true });
  if (report) io.out(`\n${report}`);
  return 0;
}

/** The header line and the note for one contact. */
function noteBlock(template: Template, contacts: ContactSet, index: number, limit: number, paint: Paint): string {
  const { text, length } = expandForContact(template, contacts, index);
  const over = overBy(length, limit, paint);
  return `${paint('bold', `${visibleLine(contactName(contacts, index))} — ${length}/${limit}`)}${over ? ` ${over}` : ''}\n${visible(text)}\n`;
}

/** A table of every contact's length, then every note. */
function allContacts(template: Template, contacts: ContactSet, limit: number, where: { shown: string; source: string; paint: Paint }): string {
  const { paint } = where;
  const indexes = [...Array(contacts.size).keys()];
  const names = indexes.map((i) => visibleLine(contactName(contacts, i)));
  const lengths = indexes.map((i) => expandForContact(template, contacts, i).length);
  // Reduces, not Math.max(...): a spread of a large array into a call overflows the stack.
  const nameWidth = names.reduce((widest, n) => Math.max(widest, n.length), 0);
  const lengthWidth = lengths.reduce((widest, n) => Math.max(widest, `${n}/${limit}`.length), 0);
  const over = lengths.filter((n) => n > limit).length;
  const rows = indexes.map((i) => `  ${names[i].padEnd(nameWidth)}  ${`${lengths[i]}/${limit}`.padStart(lengthWidth)}  ${overBy(lengths[i], limit, paint) ?? paint('green', '✓')}`);
  const heading = `${where.shown} · ${plural(contacts.size, 'contact')} from ${where.source} · limit ${limit}`;
  const summary = over === 0 ? 'Every note fits.' : `${over} of ${contacts.size} over the limit.`;
  const notes = indexes.map((i) => `── ${noteBlock(template, contacts, i, limit, paint)}`);
  return `${heading}\n\n${rows.join('\n')}\n\n${summary}\n\n${notes.join('\n')}`;
}

/** "✗ over by N" when `length` is over `limit`. */
function overBy(length: number, limit: number, paint: Paint): string | undefined {
  return length > limit ? paint('red', `✗ over by ${length - limit}`) : undefined;
}

/** Up to a few contacts whose full or first name is within a few edits of `query` (compared as findContact does), closest first. */
function closeNames(contacts: ContactSet, query: string): string[] {
  const q = nameKey(query);
  const near = Math.max(2, Math.floor(q.length / 3));
  const scored = [...Array(contacts.size).keys()].map((i) => {
    const full = contactName(contacts, i);
    const first = contactValue(contacts, i, 'first-name');
    return { full, score: Math.min(distance(q, nameKey(full)), first ? distance(q, nameKey(first)) : Infinity) };
  });
  const close = scored.filter((s) => s.score <= near).sort((a, b) => a.score - b.score || a.full.localeCompare(b.full));
  return [...new Set(close.map((s) => s.full))].slice(0, SUGGESTIONS);
}
