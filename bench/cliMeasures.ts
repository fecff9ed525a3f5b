/** CLI throughput against a read-only floor over the same files. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { msSince, round } from './stats';

const FLOOR_SCRIPT = `
const fs = require('node:fs'), path = require('node:path');
const dir = process.argv[2];
let bytes = 0;
for (const name of fs.readdirSync(dir)) bytes += fs.readFileSync(path.join(dir, name), 'utf8').length;
process.stdout.write(String(bytes));
`;

function timeOf(args: string[], cwd: string): number {
  const start = process.hrtime.bigint();
  try {
    execFileSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 });
  } catch {
    // Exit code 1 (problems found) is expected; the time is what counts.
  }
  return msSince(start);
}

/** Best of `runs` wall times for the CLI over `folder`, and for a script that only reads the same files. */
export function cliThroughput(cli: string, folder: string, runs = 3) {
  const floorScript = path.join(path.dirname(folder), 'read-floor.js');
  writeFileSync(floorScript, FLOOR_SCRIPT);
  const cliMs = Math.min(...Array.from({ length: runs }, () => timeOf([cli, '.', '--format', 'json'], folder)));
  const floorMs = Math.min(...Array.from({ length: runs }, () => timeOf([floorScript, folder], folder)));
  return { cliMs: Math.round(cliMs), floorMs: Math.round(floorMs), ratio: round(cliMs / floorMs) };
}
