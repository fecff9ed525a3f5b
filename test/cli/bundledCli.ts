/**
 * The CLI and its lint worker bundled from the sources into a temporary
 * folder (as esbuild.mjs lays out dist/), run as a child process with a spy
 * on the worker threads it starts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { WORKER_THROWS_ENV } from '../../server/src/cli/lintWorkerData';
import type { CliRun } from './cliProcess';

const ROOT = resolve(__dirname, '../..');
const SPY = join(__dirname, 'workerSpy.cjs');

/** What the spy saw of one worker thread. */
export interface SpiedWorker {
  /** The slice's number in the run (0 is the main thread's, so workers start at 1). */
  readonly slice: number;
  /** Files handed to the worker. */
  readonly files: number;
  /** Outcomes the worker posted back. */
  readonly posted: number;
  /** Posted outcomes of files the worker rewrote with --fix. */
  readonly fixed: number;
  /** True when the worker failed (threw, or could not start). */
  readonly failed: boolean;
}

/** A run of the bundled CLI, with the worker threads it started (in the order it started them). */
export interface BundledRun extends CliRun {
  readonly workers: readonly SpiedWorker[];
}

/** A bundle in a temporary folder: `cli.js` and `cliWorker.js`. */
export interface CliBundle {
  readonly dir: string;
  readonly workerPath: string;
  /** Runs `invite-lint args…` in `cwd`, colours off, with extra environment variables. */
  run(args: readonly string[], cwd: string, env?: Readonly<Record<string, string>>): BundledRun;
  cleanup(): void;
}

/** Bundles server/src/cli.ts and server/src/cli/lintWorker.ts as the build does. */
export async function bundleCli(): Promise<CliBundle> {
  const dir = mkdtempSync(join(tmpdir(), 'invite-cli-bundle-'));
  await build({
    absWorkingDir: ROOT,
    entryPoints: { cli: 'server/src/cli.ts', cliWorker: 'server/src/cli/lintWorker.ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: dir,
    alias: { yaml: './node_modules/yaml/browser/index.js' },
    logLevel: 'warning',
  });
  return {
    dir,
    workerPath: join(dir, 'cliWorker.js'),
    run(args, cwd, env = {}) {
      const spyFile = join(dir, `spy-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
      const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', INVITE_LINT_TEST_SPY: spyFile };
      delete childEnv[WORKER_THROWS_ENV];
      const result = spawnSync(process.execPath, ['--require', SPY, join(dir, 'cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...childEnv, ...env } });
      const workers: SpiedWorker[] = JSON.parse(readFileSync(spyFile, 'utf8'));
      rmSync(spyFile);
      return { status: result.status, stdout: result.stdout, stderr: result.stderr, workers };
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
