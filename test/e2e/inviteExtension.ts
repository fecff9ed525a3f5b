import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './editorInstall';

/** The built Invite Lint extension, ready for the real editor. All paths are absolute. */
export interface InviteExtensionBuild {
  /** The packaged extension, as `npm run package` writes it: `<repo>/invite-lint.vsix`. */
  vsix: string;
  /** The repository root, loaded as the extension in development mode (`dist/extension.js`). */
  extensionDevelopmentPath: string;
  /** The bundled integration suites (`out/test/integration/index.js`), run in the extension host. */
  integrationSuite: string;
}

let built: InviteExtensionBuild | undefined;

/**
 * Packages the extension with `npm run package` (production bundles into `dist/`, then the `.vsix`)
 * and bundles the integration suites with `scripts/buildIntegrationTests.mjs`, once per process.
 * @throws Error with the failing step's output
 */
export function buildInviteExtension(): InviteExtensionBuild {
  if (built) return built;
  run('npm', ['run', 'package']);
  run(process.execPath, [join(repoRoot, 'scripts', 'buildIntegrationTests.mjs')]);
  const result = {
    vsix: join(repoRoot, 'invite-lint.vsix'),
    extensionDevelopmentPath: repoRoot,
    integrationSuite: join(repoRoot, 'out', 'test', 'integration', 'index.js'),
  };
  for (const path of [result.vsix, result.integrationSuite]) {
    if (!existsSync(path)) throw new Error(`the build wrote no ${path}`);
  }
  built = result;
  return built;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw new Error(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`\`${[command, ...args].join(' ')}\` failed (exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  }
}
