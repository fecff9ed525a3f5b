/** Runs the built CLI as a child process over temporary workspaces. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

/** The bundled CLI, as `npm test` builds it. */
export const CLI_PATH = resolve(__dirname, '../../dist/cli.js');

/** Builds dist/cli.js when it is missing (a fresh checkout running mocha alone). */
export async function buildCliIfMissing(): Promise<void> {
  if (existsSync(CLI_PATH)) return;
  await build({
    entryPoints: [resolve(__dirname, '../../server/src/cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: CLI_PATH,
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
}

/** What one run printed and returned. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `invite-lint args…` in `cwd`, colours off unless `env` says otherwise
 * (it replaces NO_COLOR and FORCE_COLOR); a run longer than `timeoutMs` is
 * killed (status null); `input` is its standard input.
 */
export function invite(args: readonly string[], cwd: string, timeoutMs?: number, options: { env?: NodeJS.ProcessEnv; input?: string } = {}): CliRun {
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...inherited } = process.env;
  const env = options.env ? { ...inherited, ...options.env } : { ...inherited, NO_COLOR: '1' };
  const result = spawnSync(process.execPath, [CLI_PATH, ...args], { cwd, encoding: 'utf8', env, input: options.input, timeout: timeoutMs, killSignal: 'SIGKILL' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Temporary folders with files; `cleanup` removes them all. */
export function workspaces() {
  const made: string[] = [];
  return {
    /** A new folder holding `files` (relative path → text or bytes). */
    create(files: Record<string, string | Buffer>): string {
      const dir = mkdtempSync(join(tmpdir(), 'invite-cli-'));
      made.push(dir);
      for (const [name, content] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), content);
      }
      return dir;
    },
    cleanup(): void {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Templates with known problems (without contacts). */
export const TEMPLATES = {
  /** No problems. */
  clean: 'Hi {{name}}, we met at {{where-met}} and I enjoyed your talk on {{reason}}. Would you be open to a coffee next week?\n',
  /** One warning: missing-reason at 1:14–1:38. */
  warning: 'Hi {{name}}, fellow York alumna here. Would you be open to a coffee next week?\n',
  /** One hint with a fix: whitespace at 1:13–1:15 (offsets 12–14). */
  spaced: 'Hi {{name}},  we met at {{where-met}} and I enjoyed your talk on {{reason}}. Would you be open to a coffee next week?\n',
  /** LinkedIn's canned text: an error and more. */
  canned: "I'd like to add you to my professional network on LinkedIn.\n",
} as const;

/** The note block of a preview's output, without the problems listed after it. */
export function noteBlock(stdout: string): string {
  return stdout.split('\n\n')[0].replace(/\n?$/, '\n');
}
