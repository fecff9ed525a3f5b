/**
 * The npm package as a user gets it: packed from this checkout with
 * `npm pack` and installed from the tarball into an empty project (no
 * registry needed: the package has no dependencies; everything is bundled).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

/** The bundles the package runs from; built when missing (a fresh checkout running mocha alone). */
const BUNDLES = ['cli.js', 'server.js', 'contactsWorker.js', 'wink-nlp.js', 'wink-eng-lite-web-model.js', 'wink-models/eng-core-web-model.json'];

/** A packed and installed package: the tarball's file list and a project folder that has it installed. */
export interface Installed {
  readonly files: readonly string[];
  readonly project: string;
  cleanup(): void;
}

const npm = (args: readonly string[], cwd: string) => execFileSync('npm', [...args], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' }, stdio: ['ignore', 'pipe', 'pipe'] });

/** Packs this checkout (as built) and installs the tarball into a new empty project. */
export function packAndInstall(): Installed {
  if (!BUNDLES.every((b) => existsSync(join(ROOT, 'dist', b)))) npm(['run', 'build'], ROOT);
  const top = mkdtempSync(join(tmpdir(), 'invite-pack-'));
  // --ignore-scripts: pack what `npm run build` made (prepack would rebuild it for production, which npm publish does).
  const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', top], ROOT)) as { filename: string; files: { path: string }[] }[];
  const project = join(top, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), '{ "name": "templates", "private": true }\n');
  npm(['install', '--offline', '--no-audit', '--no-fund', join(top, packed.filename)], project);
  return { files: packed.files.map((f) => f.path).sort(), project, cleanup: () => rmSync(top, { recursive: true, force: true }) };
}

/** Runs a shell command line in `cwd` as a CI step would (bash, colours off, no standard input). */
export function shell(command: string, cwd: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' }, stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
