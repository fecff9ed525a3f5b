/**
 * Reads contacts from CSV, LinkedIn's own `Connections.csv` export
 * included: the lines before the header (LinkedIn puts a "Notes:" paragraph
 * there) are skipped by finding the header, not by counting lines. Google
 * Contacts and Outlook exports are recognised by their headers
 * (csvExports.ts), and a template's `columns:` mapping names any others.
 */
import { fieldNamer, unmatchedColumns, type ColumnMapping, type FieldNamer } from './columnMapping';
import { recogniseExport } from './csvExports';
import { checkRow, emptyValues, loadedContacts, type ContactRow } from './contactRow';
import { readCsvRecords, type CsvRecord } from './csvRecords';
import type { ContactsProblem, LoadedContacts } from './loadedContacts';

/** Header cells that mark the header row (as field names). */
const NAME_COLUMNS: ReadonlySet<string> = new Set(['first-name', 'name', 'full-name']);

/**
 * Parses CSV `text` (BOM and CRLF allowed); `source` names the file in
 * messages. `mapping` (field → header) names the columns whose headers are
 * not field names; a mapped header the file lacks is reported on the header line.
 */
export function parseCsvContacts(text: string, source: string, mapping?: ColumnMapping): LoadedContacts {
  const records = readCsvRecords(text.replace(/^\uFEFF/, ''));
  let namer = fieldNamer(mapping);
  const headerAt = records.findIndex((r) => {
    if (!r.fields) return false;
    const candidate = fieldNamer(mapping, recogniseExport(r.fields)?.columns);
    if (!r.fields.some((cell) => NAME_COLUMNS.has(candidate.fieldOf(cell)))) return false;
    namer = candidate;
    return true;
  });
  if (headerAt === -1) {
    const mapped = mapping && Object.keys(mapping).length > 0 ? ' or one that `columns:` maps to name, first-name or full-name' : '; map yours with `columns:` in the template (for example `columns: { full-name: Attendee }`)';
    return { problems: [], error: `${source}: no header row with a First Name, Name or Full Name column${mapped}.` };
  }
  const header = records[headerAt];
  const problems: ContactsProblem[] = [];
  const columns = headerColumns(header, namer, problems);
  for (const { field, header: missing } of unmatchedColumns(mapping, header.fields!)) {
    problems.push({ line: header.line, message: `No column "${missing}" for ${field} (from \`columns:\`); ${field} stays empty.` });
  }
  const rows: ContactRow[] = [];
  for (const record of records.slice(headerAt + 1)) {
    const { line, fields } = record;
    if (!fields) {
      problems.push({ line, message: record.error! });
      continue;
    }
    if (fields.length !== columns.length) {
      problems.push({ line, message: `${count(fields.length, 'value')} where the header has ${columns.length}; row skipped.` });
      continue;
    }
    const values = emptyValues();
    columns.forEach((field, i) => {
      if (field) values[field] = fields[i];
    });
    const checked = checkRow(values);
    if ('problem' in checked) problems.push({ line, message: checked.problem });
    else rows.push({ line, record: checked.record });
  }
  return loadedContacts(rows, problems, source);
}

/**
 * The field name of each column (undefined for a column that is left out),
 * reporting headers that give no usable name and repeated fields.
 */
function headerColumns(header: CsvRecord, namer: FieldNamer, problems: ContactsProblem[]): (string | undefined)[] {
  const seen = new Map<string, string>();
  // The columns the template maps claim their fields first.
  for (const cell of header.fields!) if (namer.mapped(cell)) seen.set(namer.fieldOf(cell), cell.trim());
  return header.fields!.map((cell, i) => {
    const field = namer.fieldOf(cell);
    if (namer.mapped(cell)) return field;
    if (!field) {
      if (cell.trim()) problems.push({ line: header.line, message: `Column ${i + 1} ("${cell.trim()}") has no usable field name; column ignored.` });
      return undefined;
    }
    const first = seen.get(field);
    if (first !== undefined) {
      problems.push({ line: header.line, message: `Column "${cell.trim()}" repeats field ${field} (from "${first}"); column ignored.` });
      return undefined;
    }
    seen.set(field, cell.trim());
    return field;
  });
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
