#!/usr/bin/env node
/**
 * `npm run fuzz`: runs the property tests (test/property/) with many more
 * cases than `npm test`: FUZZ_RUNS in all (default 1,000,000), shared out
 * over the properties by weight. The seed is FC_SEED, else a fresh one,
 * printed so that a failure can be replayed with `FC_SEED=… npm run fuzz`.
 *
 * Usage: npm run fuzz [-- --runs N]
 * Env:   FUZZ_RUNS  total cases (--runs wins); FC_SEED  the seed
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_RUNS = 1_000_000;

/** @returns {number} the total from `--runs N`, else FUZZ_RUNS, else 1,000,000 */
function totalRuns(args, env) {
  const at = args.indexOf('--runs');
  const raw = at !== -1 ? args[at + 1] : env.FUZZ_RUNS;
  if (raw === undefined) return DEFAULT_RUNS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`fuzz: the number of runs must be a whole number above 0, not "${raw}".\n`);
    process.exit(2);
  }
  return n;
}

const runs = totalRuns(process.argv.slice(2), process.env);
const seed = process.env.FC_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const reportDir = mkdtempSync(join(tmpdir(), 'invite-fuzz-'));
const report = join(reportDir, 'report.json');

console.log(`fuzz: ${runs.toLocaleString('en-US')} cases over the property tests, seed ${seed}`);
const started = Date.now();
const mocha = spawnSync(
  process.execPath,
  [join(repoRoot, 'node_modules/mocha/bin/mocha.js'), '--no-config', '--require', 'tsx/cjs', '--extension', 'ts', '--timeout', '0', 'test/property/**/*.test.ts'],
  { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: String(runs), FC_SEED: seed, FUZZ_REPORT: report } },
);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
let tried = 'unknown';
try {
  tried = JSON.parse(readFileSync(report, 'utf8')).tried.toLocaleString('en-US');
} catch {
  // mocha stopped before the report was written; its own output says why.
}
rmSync(reportDir, { recursive: true, force: true });
console.log(`fuzz: ${tried} cases tried in ${seconds} s, seed ${seed}: ${mocha.status === 0 ? 'all properties hold' : 'FAILED'}`);
process.exitCode = mocha.status ?? 1;
