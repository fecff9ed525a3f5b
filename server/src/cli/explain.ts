/**
 * `invite-lint explain FILE…`: what the engine read in each note — every
 * move with its words and where they are, and the checklist — as text or,
 * with --format json, one entry per file:
 * `{ filePath, moves: [{ move, text, line, column, endLine, endColumn, says }], checklist }`.
 */
import { resolve } from 'node:path';
import { explainMoves, lint, noteChecklist, type ExplainedMove } from '../core/index';
import type { ExplainCommand } from './args';
import type { Paint } from './colors';
import { displayPath, templateFiles } from './files';
import { positionsOf } from './positions';
import { readTemplate } from './readTemplate';
import { visibleLine } from './visible';

/** Where explain writes and how. */
export interface ExplainIo {
  readonly cwd: string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly paint: Paint;
}

/** One file's reading, as printed. */
interface FileReading {
  readonly filePath: string;
  readonly shown: string;
  readonly moves: readonly (ExplainedMove & { line: number; column: number; endLine: number; endColumn: number })[];
  readonly checklist: ReturnType<typeof noteChecklist>;
}

/** Runs explain; 0, or 2 when a file cannot be read or a path matched nothing (the others are still explained). */
export function runExplain(command: ExplainCommand, io: ExplainIo): number {
  const { files, unmatched } = templateFiles(command.files, io.cwd);
  const readings: FileReading[] = [];
  let failed = unmatched.length > 0;
  for (const file of files) {
    const path = resolve(io.cwd, file);
    const shown = displayPath(path, io.cwd);
    const read = readTemplate(path, shown);
    if ('failure' in read) {
      io.err(`invite-lint: ${visibleLine(read.failure)}\n`);
      failed = true;
      continue;
    }
    const result = lint(read.text);
    const positions = positionsOf(read.text);
    const moves = explainMoves(read.text, result.facts).map((m) => {
      const start = positions.at(m.start);
      const end = positions.at(m.end);
      return { ...m, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    });
    readings.push({ filePath: path, shown, moves, checklist: noteChecklist(read.text, result.facts) });
  }
  for (const message of unmatched) io.err(`invite-lint: ${visibleLine(message)}\n`);
  io.out(command.format === 'json' ? asJson(readings) : asText(readings, io.paint));
  return failed ? 2 : 0;
}

function asJson(readings: readonly FileReading[]): string {
  const entries = readings.map((r) => ({
    filePath: r.filePath,
    moves: r.moves.map(({ move, text, line, column, endLine, endColumn, says }) => ({ move, text, line, column, endLine, endColumn, says })),
    checklist: r.checklist.map(({ item, ok, evidence }) => ({ item, ok, ...(evidence !== undefined ? { evidence } : {}) })),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

function asText(readings: readonly FileReading[], paint: Paint): string {
  return readings
    .map((r) => {
      const where = r.moves.map((m) => `${m.line}:${m.column}`);
      const whereWidth = Math.max(0, ...where.map((w) => w.length));
      const moveWidth = Math.max(0, ...r.moves.map((m) => m.move.length));
      const lines = r.moves.map((m, i) => `  ${paint('gray', where[i].padEnd(whereWidth))}  ${m.move.padEnd(moveWidth)}  “${visibleLine(m.text)}”  ${paint('gray', m.says)}`);
      const checklist = r.checklist.map((c) => (c.ok ? `${paint('green', '✓')} ${c.label}` : `${paint('red', '✗')} ${c.label}`)).join('   ');
      return `${paint('underline', visibleLine(r.shown))}\n${lines.length ? lines.join('\n') : '  (no moves: the note is empty)'}\n\n  ${checklist}\n`;
    })
    .join('\n');
}
