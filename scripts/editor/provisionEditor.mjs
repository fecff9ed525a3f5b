#!/usr/bin/env node
/**
 * Provisions a real VS Code for the end-to-end tests, offline: code-server from the npm registry,
 * run by a Node 24 (the system Node when it is 24, otherwise the `node-<platform>-<arch>` npm
 * package), driven later by Playwright in the system Chromium.
 *
 * Everything goes into `.vscode-test/` at the repository root (or the folder `INVITE_EDITOR_CACHE`
 * names). The install happens once; later runs find the marker file `editor.json` there, check it and
 * reuse the cache.
 *
 * Usage: node scripts/editor/provisionEditor.mjs [--json] [--force]
 *   --json   print the resolved paths as one JSON object on stdout (messages go to stderr)
 *   --force  delete what an earlier run installed in the cache, and install again
 * Env: INVITE_BROWSER       the Chromium binary to drive (default /usr/bin/chromium)
 *      INVITE_EDITOR_CACHE  where to keep Node 24 and code-server (default .vscode-test/)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The code-server release the tests run against; it requires exactly Node 24. */
export const CODE_SERVER_VERSION = '4.139.1';
/** The Node major version code-server {@link CODE_SERVER_VERSION} requires. */
export const NODE_MAJOR = 24;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The cache holding Node 24 and code-server: `INVITE_EDITOR_CACHE`, or the git-ignored `.vscode-test/`. */
export const cacheDir = process.env.INVITE_EDITOR_CACHE ? resolve(process.env.INVITE_EDITOR_CACHE) : join(repoRoot, '.vscode-test');
const markerPath = join(cacheDir, 'editor.json');
const installLogPath = join(cacheDir, 'install.log');

/** A failure the user can act on: printed as a message, never as a stack trace. */
export class ProvisionError extends Error {}

/**
 * @typedef {object} EditorInstall
 * @property {string} node            absolute path of the Node 24 binary that runs code-server
 * @property {string} nodeVersion     its version, e.g. "v24.9.0"
 * @property {string} codeServerEntry absolute path of code-server's `out/node/entry.js`
 * @property {string} codeServerVersion the installed code-server version
 * @property {string} browser         absolute path of the Chromium binary
 * @property {string} cacheDir        absolute path of the cache directory
 */

/**
 * Makes sure Node 24, code-server and (unless `needBrowser` is false) the browser are present,
 * installing what is missing.
 * @param {{ force?: boolean, needBrowser?: boolean, log?: (line: string) => void }} [options]
 * @returns {EditorInstall} `browser` is undefined when `needBrowser` is false
 * @throws {ProvisionError} when a system package is missing or an install step fails
 */
export function provisionEditor({ force = false, needBrowser = true, log = (line) => console.error(line) } = {}) {
  const browser = needBrowser ? checkBrowser() : undefined;
  if (force) {
    for (const entry of ['node', 'code-server', 'editor.json', 'install.log']) rmSync(join(cacheDir, entry), { recursive: true, force: true });
  }

  const cached = readMarker();
  if (cached) {
    log(`provision:editor: reusing the cache in ${cacheDir} (code-server ${cached.codeServerVersion}, Node ${cached.nodeVersion})`);
    return { ...cached, browser, cacheDir };
  }

  checkBuildTools();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(installLogPath, '');
  const node = resolveNode24(log);
  log(`provision:editor: installing code-server@${CODE_SERVER_VERSION} with Node ${node.version} (native builds take a few minutes; log: ${installLogPath})`);
  const prefix = join(cacheDir, 'code-server');
  npmInstall(`code-server@${CODE_SERVER_VERSION}`, prefix, node);
  const codeServerEntry = join(prefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const installedVersion = readPackageVersion(join(prefix, 'node_modules', 'code-server'));
  if (!existsSync(codeServerEntry) || installedVersion !== CODE_SERVER_VERSION) {
    throw new ProvisionError(`code-server@${CODE_SERVER_VERSION} did not install (found ${installedVersion ?? 'nothing'} at ${prefix}); see ${installLogPath}`);
  }

  const install = { node: node.path, nodeVersion: node.version, codeServerEntry, codeServerVersion: CODE_SERVER_VERSION };
  writeFileSync(markerPath, JSON.stringify(install, null, 2) + '\n');
  return { ...install, browser, cacheDir };
}

/** @returns {Omit<EditorInstall, 'browser' | 'cacheDir'> | undefined} the cached install when it is complete and current */
function readMarker() {
  if (!existsSync(markerPath)) return undefined;
  let marker;
  try {
    marker = JSON.parse(readFileSync(markerPath, 'utf8'));
  } catch {
    return undefined;
  }
  if (marker.codeServerVersion !== CODE_SERVER_VERSION) return undefined;
  if (!existsSync(marker.node) || !existsSync(marker.codeServerEntry)) return undefined;
  if (nodeVersionOf(marker.node) !== marker.nodeVersion) return undefined;
  return marker;
}

function checkBrowser() {
  const browser = process.env.INVITE_BROWSER || '/usr/bin/chromium';
  if (!existsSync(browser)) {
    const hint = process.env.INVITE_BROWSER
      ? `INVITE_BROWSER names ${browser}, which does not exist`
      : `no browser at ${browser}: install it with \`apt-get update && apt-get install -y chromium\`, or set INVITE_BROWSER to a Chromium binary`;
    throw new ProvisionError(hint);
  }
  return browser;
}

/** Native modules of code-server compile from source here, so their toolchain must be present. */
function checkBuildTools() {
  const missing = [];
  if (!onPath('g++')) missing.push('g++ (C++ compiler): apt-get install -y g++');
  if (!onPath('make')) missing.push('make: apt-get install -y make');
  if (!onPath('python3')) missing.push('python3 (for node-gyp): apt-get install -y python3');
  if (!existsSync('/usr/include/krb5.h') && !onPath('krb5-config')) {
    missing.push('Kerberos headers (/usr/include/krb5.h, krb5-config) for the kerberos module: apt-get install -y libkrb5-dev');
  }
  if (missing.length > 0) {
    throw new ProvisionError(
      `cannot build code-server's native modules; missing system packages (run \`apt-get update\` first):\n  - ${missing.join('\n  - ')}`,
    );
  }
}

/**
 * The system Node when its major is {@link NODE_MAJOR}, otherwise the Node binary from the
 * `node-<platform>-<arch>@24` npm package, installed into the cache.
 * @returns {{ path: string, version: string, nodedir: string }} nodedir holds `include/node` for native builds
 */
function resolveNode24(log) {
  if (Number(process.versions.node.split('.')[0]) === NODE_MAJOR) {
    const nodedir = resolve(dirname(process.execPath), '..');
    if (!existsSync(join(nodedir, 'include', 'node', 'node.h'))) {
      throw new ProvisionError(`the system Node ${process.version} at ${process.execPath} has no headers in ${join(nodedir, 'include', 'node')}, needed to build native modules`);
    }
    log(`provision:editor: using the system Node ${process.version}`);
    return { path: process.execPath, version: process.version, nodedir };
  }
  const packageName = `node-${process.platform}-${process.arch}`;
  const prefix = join(cacheDir, 'node');
  log(`provision:editor: system Node is ${process.version}; installing ${packageName}@${NODE_MAJOR} from the npm registry`);
  npmInstall(`${packageName}@${NODE_MAJOR}`, prefix, undefined);
  const nodedir = join(prefix, 'node_modules', packageName);
  const path = join(nodedir, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(path)) throw new ProvisionError(`${packageName}@${NODE_MAJOR} installed no binary at ${path}; see ${installLogPath}`);
  const version = nodeVersionOf(path);
  if (!version?.startsWith(`v${NODE_MAJOR}.`)) throw new ProvisionError(`${path} reports version ${version ?? '(none)'}, expected v${NODE_MAJOR}.x`);
  return { path, version, nodedir };
}

/**
 * Runs `npm install --prefix <prefix> <spec>`; with `node` given, npm and its build scripts run
 * under that Node and compile native modules against its headers.
 */
function npmInstall(spec, prefix, node) {
  mkdirSync(prefix, { recursive: true });
  const env = { ...withoutNpmRunVariables(process.env), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  if (node) {
    env.PATH = `${dirname(node.path)}${delimiter}${process.env.PATH ?? ''}`;
    // Overrides a `nodedir` set in ~/.npmrc, which points at the system Node's headers.
    env.npm_config_nodedir = node.nodedir;
    env.npm_config_unsafe_perm = 'true';
  }
  const logFd = openSync(installLogPath, 'a');
  try {
    writeFileSync(logFd, `\n$ npm install --prefix ${prefix} ${spec}\n`);
    const result = spawnSync('npm', ['install', '--no-save', '--prefix', prefix, spec], { env, stdio: ['ignore', logFd, logFd] });
    if (result.error) throw new ProvisionError(`could not run npm: ${result.error.message}`);
    if (result.status !== 0) {
      throw new ProvisionError(`\`npm install ${spec}\` failed with exit code ${result.status}; last lines of ${installLogPath}:\n${tail(installLogPath, 25)}`);
    }
  } finally {
    closeSync(logFd);
  }
}

/**
 * `env` without what an enclosing `npm run` exports about itself. The inner npm would take them as its
 * own config: `npm_config_user_agent` names the outer Node (code-server's postinstall reads the Node
 * version from it and refuses v20), `npm_config_node_gyp`, `npm_config_local_prefix` and `NODE` point
 * at the outer npm's project and Node. Settings a user exports (registry, proxy, cache) stay.
 */
function withoutNpmRunVariables(env) {
  const injected = new Set([
    'NODE', 'INIT_CWD', 'npm_command', 'npm_execpath', 'npm_node_execpath',
    'npm_config_user_agent', 'npm_config_node_gyp', 'npm_config_npm_version', 'npm_config_call',
    'npm_config_local_prefix', 'npm_config_global_prefix', 'npm_config_prefix',
  ]);
  return Object.fromEntries(Object.entries(env).filter(([key]) => !injected.has(key) && !/^npm_(lifecycle|package)_/.test(key)));
}

function nodeVersionOf(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function readPackageVersion(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

function tail(path, lines) {
  return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--json' && arg !== '--force');
  if (unknown.length > 0) {
    console.error(`provision:editor: unknown option ${unknown[0]}; usage: provisionEditor.mjs [--json] [--force]`);
    return 2;
  }
  const started = performance.now();
  try {
    const install = provisionEditor({ force: args.includes('--force') });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (args.includes('--json')) {
      process.stdout.write(JSON.stringify({ ...install, seconds: Number(seconds) }) + '\n');
    } else {
      console.log(`provision:editor: ready in ${seconds}s`);
      console.log(`  node24:      ${install.node} (${install.nodeVersion})`);
      console.log(`  code-server: ${install.codeServerEntry} (${install.codeServerVersion})`);
      console.log(`  browser:     ${install.browser}`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof ProvisionError)) throw error;
    console.error(`provision:editor: ${error.message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main();
}
