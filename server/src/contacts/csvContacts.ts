/**
 * Reads contacts from CSV, LinkedIn's own `Connections.csv` export
 * included: the lines before the header (LinkedIn puts a "Notes:" paragraph
 * there) are skipped by finding the header, not by counting lines.
 */
import { toFieldName } from '../core/fields';
import { checkRow, emptyValues, loadedContacts, type ContactRow } from './contactRow';
import { readCsvRecords, type CsvRecord } from './csvRecords';
import type { ContactsProblem, LoadedContacts } from './loadedContacts';

/** Header cells that mark the header row (as field names). */
const NAME_COLUMNS: ReadonlySet<string> = new Set(['first-name', 'name', 'full-name']);

/** Parses CSV `text` (BOM and CRLF allowed); `source` names the file in messages. */
export function parseCsvContacts(text: string, source: string): LoadedContacts {
  const records = readCsvRecords(text.replace(/^\uFEFF/, ''));
  const headerAt = records.findIndex((r) => r.fields?.some((cell) => NAME_COLUMNS.has(toFieldName(cell))));
  if (headerAt === -1) {
    return { problems: [], error: `${source}: no header row with a First Name, Name or Full Name column.` };
  }
  const header = records[headerAt];
  const problems: ContactsProblem[] = [];
  const columns = headerColumns(header, problems);
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
function headerColumns(header: CsvRecord, problems: ContactsProblem[]): (string | undefined)[] {
  const seen = new Map<string, string>();
  return header.fields!.map((cell, i) => {
    const field = toFieldName(cell);
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
