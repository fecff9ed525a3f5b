/**
 * Reads contacts from vCard (`.vcf`) files, as phones, Google Contacts,
 * Outlook and Apple Contacts export them: vCard 3.0 and 4.0, parsed by
 * ical.js one card at a time, so that a broken card costs only itself and
 * is reported on the line where it begins.
 *
 * The properties a note can use become fields (docs/format.md lists them):
 * FN → full-name, N → last-name and first-name, ORG → company (and
 * department), TITLE → position, ROLE → role, NOTE → note, NICKNAME →
 * nickname, EMAIL, TEL, URL, and each `X-` property by its name without the
 * prefix (`X-WHERE-MET` → where-met). A template's `columns:` maps a
 * property name to another field (`columns: { reason: NOTE }`).
 */
import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import { toFieldName } from '../core/fields';
import { fieldNamer, type ColumnMapping } from './columnMapping';
import { checkRow, emptyValues, loadedContacts, type ContactRow } from './contactRow';
import type { ContactsProblem, LoadedContacts } from './loadedContacts';

// ical.js is an ES module with a CommonJS build, which `require` picks (and esbuild bundles into the worker).
const ICAL = require('ical.js') as typeof ICALModule;

/** Property (lower case) → field, for the properties whose value is one piece of text. */
const TEXT_PROPERTIES: ReadonlyMap<string, string> = new Map([
  ['fn', 'full-name'],
  ['title', 'position'],
  ['role', 'role'],
  ['note', 'note'],
  ['nickname', 'nickname'],
  ['email', 'email'],
  ['tel', 'phone'],
  ['url', 'website'],
]);

/** One card's text and the 1-based line its BEGIN:VCARD is on. */
interface Card {
  readonly line: number;
  readonly text: string;
  /** False when the file ended before END:VCARD. */
  readonly closed: boolean;
}

/** Parses vCard `text` (any number of cards; BOM and CRLF allowed); `source` names the file in messages. */
export function parseVcardContacts(text: string, source: string, mapping?: ColumnMapping): LoadedContacts {
  const cards = splitCards(text.replace(/^\uFEFF/, ''));
  if (cards.length === 0) return { problems: [], error: `${source}: no BEGIN:VCARD line; expected vCard 3.0 or 4.0 cards.` };
  const namer = fieldNamer(mapping);
  const problems: ContactsProblem[] = [];
  const rows: ContactRow[] = [];
  for (const card of cards) {
    if (!card.closed) {
      problems.push({ line: card.line, message: 'This card has no END:VCARD; card skipped.' });
      continue;
    }
    const read = readCard(card.text, namer.fieldOf);
    if ('problem' in read) {
      problems.push({ line: card.line, message: read.problem });
      continue;
    }
    const checked = checkRow(read.values);
    if ('problem' in checked) problems.push({ line: card.line, message: checked.problem });
    else rows.push({ line: card.line, record: checked.record });
  }
  return loadedContacts(rows, problems, source);
}

/** The cards of `text`, each from its BEGIN:VCARD line to its END:VCARD line; text between cards is left out. */
function splitCards(text: string): Card[] {
  const lines = text.split(/\r\n|\r|\n/);
  const cards: Card[] = [];
  let start = -1;
  lines.forEach((line, i) => {
    const tag = line.trim().toUpperCase();
    if (tag === 'BEGIN:VCARD') {
      if (start !== -1) cards.push({ line: start + 1, text: '', closed: false });
      start = i;
    } else if (tag === 'END:VCARD' && start !== -1) {
      cards.push({ line: start + 1, text: lines.slice(start, i + 1).join('\r\n'), closed: true });
      start = -1;
    }
  });
  if (start !== -1) cards.push({ line: start + 1, text: '', closed: false });
  return cards;
}

/** One card's fields, or why it cannot be read. */
function readCard(text: string, fieldOf: (property: string) => string): { values: Record<string, unknown> } | { problem: string } {
  let card: InstanceType<typeof ICAL.Component>;
  try {
    card = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { problem: `Cannot read this card (${why}); card skipped.` };
  }
  const values = emptyValues();
  const set = (field: string, value: string | undefined) => {
    // The first of a repeated property wins (a second EMAIL, a second TEL).
    if (field && value?.trim() && !Object.hasOwn(values, field)) values[field] = value.trim();
  };
  for (const property of card.getAllProperties()) {
    const name = property.name.toLowerCase();
    const mapped = fieldOf(name);
    // The template's mapping takes the whole value, as written.
    if (mapped !== toFieldName(name)) {
      set(mapped, joined(property.getValues()));
      continue;
    }
    if (property.getParameter('group') !== undefined) continue;
    if (name === 'n') {
      const [family, given] = parts(property.getFirstValue());
      set('last-name', family);
      set('first-name', given);
    } else if (name === 'org') {
      const [company, department] = parts(property.getFirstValue());
      set('company', company);
      set('department', department);
    } else if (TEXT_PROPERTIES.has(name)) set(TEXT_PROPERTIES.get(name)!, joined(property.getValues()));
    else if (name.startsWith('x-')) set(toFieldName(name.slice(2)), joined(property.getValues()));
  }
  return { values };
}

/** The components of a structured value (N, ORG), each with its own list joined by spaces. */
function parts(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((part) => (Array.isArray(part) ? part.join(' ') : typeof part === 'string' ? part : ''));
}

/** A property's values as one line of text (NICKNAME and CATEGORIES may hold several). */
function joined(values: unknown[]): string {
  return values
    .flatMap((v) => (Array.isArray(v) ? v : [v]))
    .map((v) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v)))
    .filter(Boolean)
    .join(', ');
}
