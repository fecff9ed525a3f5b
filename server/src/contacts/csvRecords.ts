/**
 * Splits CSV text into records that know the line they start on, so that a
 * badly quoted row costs only itself. Records are cut at line breaks
 * outside quoted fields (a quote opens a quoted field only at the start of
 * a field, as in RFC 4180) and parsed by csv-parse a batch at a time; a
 * batch with an error is parsed again record by record. A record with no
 * quote in it has nothing to unescape: its fields are the text between its
 * commas, and only the records with quotes go to csv-parse (most rows of
 * an export have none, and this is most of the time a large file takes).
 */
import { parse, type CsvError } from 'csv-parse/sync';

/** One CSV record: its fields, or why it could not be read. */
export interface CsvRecord {
  /** 1-based line the record starts on. */
  readonly line: number;
  readonly fields?: readonly string[];
  readonly error?: string;
}

/** Where reading stands: an offset into the text and the 1-based line there. */
interface Cursor {
  readonly offset: number;
  readonly line: number;
}

/** A record's source: `[start, end)` of the text, without its line break. */
interface Chunk {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** True when the record holds a quote, so that only csv-parse can read its fields. */
  readonly quoted: boolean;
}

/** Records parsed per csv-parse call; a batch with an error costs this many single parses. */
const BATCH = 500;

/**
 * The records of `text` (LF, CRLF or CR line breaks; no BOM), blank lines
 * left out. Never throws.
 */
export function readCsvRecords(text: string): CsvRecord[] {
  const lf = text.replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  let cursor: Cursor = { offset: 0, line: 1 };
  while (cursor.offset < lf.length) {
    const chunks: Chunk[] = [];
    let next = cursor;
    while (chunks.length < BATCH && next.offset < lf.length) {
      const chunk = chunkAt(lf, next);
      chunks.push(chunk);
      next = after(lf, chunk);
    }
    const rows = batchRows(lf, chunks);
    if (rows) {
      rows.forEach((fields, i) => {
        if (!isBlank(fields)) records.push({ line: chunks[i].line, fields });
      });
      cursor = next;
      continue;
    }
    while (cursor.offset < next.offset) cursor = readOne(lf, cursor, records);
  }
  return records;
}

/**
 * Reads the record at `cursor` alone. A record spanning several lines that
 * fails to parse is usually a quote left open that swallowed the rows after
 * it, so only its first line is reported and reading resumes on the next.
 */
function readOne(text: string, cursor: Cursor, records: CsvRecord[]): Cursor {
  const chunk = chunkAt(text, cursor);
  const rows = parseRows(text.slice(chunk.start, chunk.end));
  if (rows) {
    if (rows.length > 0 && !isBlank(rows[0])) records.push({ line: chunk.line, fields: rows[0] });
    return after(text, chunk);
  }
  const lineEnd = text.indexOf('\n', chunk.start);
  if (lineEnd !== -1 && lineEnd < chunk.end) {
    records.push({ line: chunk.line, error: errorOf(text.slice(chunk.start, lineEnd)) });
    return { offset: lineEnd + 1, line: chunk.line + 1 };
  }
  records.push({ line: chunk.line, error: errorOf(text.slice(chunk.start, chunk.end)) });
  return after(text, chunk);
}

/** The record starting at `cursor`: up to its line break outside quotes, or the end of the text. */
function chunkAt(text: string, cursor: Cursor): Chunk {
  // A line with no quote ends at its line break; only a line with quotes is scanned.
  const lineEnd = text.indexOf('\n', cursor.offset);
  const end = lineEnd === -1 ? text.length : lineEnd;
  if (!text.slice(cursor.offset, end).includes('"')) return { line: cursor.line, start: cursor.offset, end, quoted: false };
  let quoted = false;
  let fieldStart = true;
  let i = cursor.offset;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) i++;
        else quoted = false;
      }
    } else if (c === QUOTE && fieldStart) quoted = true;
    else if (c === NEWLINE) break;
    fieldStart = !quoted && c === COMMA;
  }
  return { line: cursor.line, start: cursor.offset, end: i, quoted: true };
}

/** The cursor after `chunk` and its line break. */
function after(text: string, chunk: Chunk): Cursor {
  let line = chunk.line + 1;
  for (let i = text.indexOf('\n', chunk.start); i !== -1 && i < chunk.end; i = text.indexOf('\n', i + 1)) line++;
  return { offset: chunk.end + 1, line };
}

/** The fields of each of `chunks`, or undefined when a record with quotes cannot be parsed. */
function batchRows(text: string, chunks: readonly Chunk[]): (readonly string[])[] | undefined {
  const rows: (readonly string[])[] = new Array(chunks.length);
  const quoted: number[] = [];
  chunks.forEach((chunk, i) => {
    if (chunk.quoted) quoted.push(i);
    else rows[i] = text.slice(chunk.start, chunk.end).split(',');
  });
  if (quoted.length === 0) return rows;
  const parsed = parseRows(quoted.map((i) => text.slice(chunks[i].start, chunks[i].end)).join('\n'));
  if (!parsed || parsed.length !== quoted.length) return undefined;
  quoted.forEach((i, k) => (rows[i] = parsed[k]));
  return rows;
}

/** One row per line of `source` (blank lines give one empty field), or undefined on any error. */
function parseRows(source: string): string[][] | undefined {
  try {
    // The added line break ends the last record, so a last blank line still counts as a row.
    return parse(`${source}\n`, { relax_column_count: true }) as string[][];
  } catch {
    return undefined;
  }
}

/** Why `source` cannot be parsed, as a problem message. */
function errorOf(source: string): string {
  try {
    parse(source, { relax_column_count: true });
  } catch (error) {
    return quotingMessage(error);
  }
  return 'Cannot read this row; row skipped.';
}

function isBlank(record: readonly string[]): boolean {
  return record.every((field) => field.trim() === '');
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/** What went wrong with a record's quotes, for a problem message. */
function quotingMessage(error: unknown): string {
  switch ((error as CsvError).code) {
    case 'INVALID_OPENING_QUOTE':
      return 'Bad quoting: a quote inside an unquoted value (quote the whole value and double the quotes inside it); row skipped.';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'Bad quoting: text after a closing quote (double the quotes inside a quoted value); row skipped.';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'Bad quoting: a quote that is never closed; row skipped.';
    default:
      return `Cannot read this row (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); row skipped.`;
  }
}
