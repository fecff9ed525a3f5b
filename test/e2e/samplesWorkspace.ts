import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { toFieldName } from '../../server/src/core/index';
import { repoRoot } from './editorInstall';

/** The repository's samples (templates and contacts files). The tests only ever read it. */
export const samplesDir = join(repoRoot, 'samples');

/** A throw-away copy of `samples/`. */
export interface SamplesWorkspace {
  /** Absolute path of the copy. */
  dir: string;
  /** Absolute path of `name` inside the copy. */
  file(name: string): string;
  /** Deletes the copy. Idempotent. */
  remove(): void;
}

/** Copies `samples/` into a fresh temporary folder. */
export function copySamples(): SamplesWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'invite-samples-'));
  cpSync(samplesDir, dir, { recursive: true });
  return { dir, file: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Appends one contact to a contacts file: a JSON array of objects, or CSV with a header row
 * (LinkedIn's `Connections.csv` included). `contact` is keyed by field name (`first-name`,
 * `where-met`, …); CSV columns are matched by their field name, and columns it does not name stay empty.
 * @throws Error naming the file when it is neither a JSON array nor a CSV file with a First Name column
 */
export function addContact(file: string, contact: Readonly<Record<string, string>>): void {
  const text = readFileSync(file, 'utf8');
  if (extname(file).toLowerCase() === '.json') {
    const records: unknown = JSON.parse(text);
    if (!Array.isArray(records)) throw new Error(`${file}: not a JSON array of contacts`);
    writeFileSync(file, JSON.stringify([...records, contact], null, 2) + '\n');
    return;
  }
  const lines = text.split(/\r?\n/);
  const header = lines.find((line) => line.split(',').some((cell) => toFieldName(cell) === 'first-name'));
  if (!header) throw new Error(`${file}: no CSV header row with a First Name column`);
  const row = header.split(',').map((cell) => csvValue(contact[toFieldName(cell)] ?? ''));
  writeFileSync(file, `${text.replace(/\r?\n?$/, '\n')}${row.join(',')}\n`);
}

function csvValue(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
