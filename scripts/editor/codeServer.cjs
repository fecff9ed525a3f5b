/**
 * Runs code-server (the provisioned one, see provisionEditor.mjs) for the real-editor tests and for
 * `npm start`: its user data and settings, its environment, extension installs, and a server whose
 * whole process group can be stopped.
 *
 * CommonJS so that both the TypeScript test harness (test/e2e/editor.ts) and the ES module scripts
 * (scripts/start.mjs) can load it. Types: codeServer.d.cts.
 */
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

/** code-server could not be installed into, started, or did not get ready: the message says what happened. */
class CodeServerError extends Error {}

/** What code-server logs once it accepts connections. */
const READY_LINE = 'HTTP server listening on';

/**
 * The user settings every editor starts with: no chat side bar, no welcome page or walkthroughs, no
 * telemetry, no workspace trust prompt, no network look-ups for updates or recommendations, no Git
 * prompt about the enclosing repository.
 */
const defaultUserSettings = Object.freeze({
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  // The workspaces opened (samples/ and copies of it) often live inside this repository; without this the Git extension asks to open it.
  'git.openRepositoryInParentFolders': 'never',
});

/**
 * Writes `<userDataDir>/User/settings.json`: {@link defaultUserSettings}, then `settings` over them.
 * With `keepExisting`, the keys already in the file win over both (a user's own changes survive).
 */
function writeUserSettings(userDataDir, settings = {}, { keepExisting = false } = {}) {
  const file = join(userDataDir, 'User', 'settings.json');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  let existing = {};
  if (keepExisting && existsSync(file)) {
    try {
      existing = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // Settings with comments or broken JSON: the defaults replace them.
    }
  }
  writeFileSync(file, JSON.stringify({ ...defaultUserSettings, ...settings, ...existing }, null, 2) + '\n');
}

/**
 * The server's environment: its config, data and cache under `stateDir` instead of the user's home,
 * no extension gallery, and nothing inherited that would make it talk to another VS Code
 * (VSCODE_IPC_HOOK_CLI and kin) or load a TypeScript loader of the calling process (NODE_OPTIONS).
 */
function codeServerEnvironment(stateDir) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VSCODE_') && key !== 'NODE_OPTIONS') env[key] = value;
  }
  env.XDG_CONFIG_HOME = join(stateDir, 'xdg-config');
  env.XDG_DATA_HOME = join(stateDir, 'xdg-data');
  env.XDG_CACHE_HOME = join(stateDir, 'xdg-cache');
  // No extension gallery: its look-ups can only fail offline and fill the logs with errors.
  env.EXTENSIONS_GALLERY = '{}';
  return env;
}

/** The folder options every code-server command line carries. */
function folderArgs({ stateDir, userDataDir, extensionsDir }) {
  return ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--config', join(stateDir, 'config.yaml')];
}

/**
 * Installs each `.vsix` into `extensionsDir` with `code-server --install-extension <vsix> --force`.
 * @throws CodeServerError with code-server's output when one does not install
 */
function installExtensions(install, folders, vsixFiles) {
  for (const vsix of vsixFiles) {
    const args = [install.codeServerEntry, ...folderArgs(folders), '--install-extension', vsix, '--force'];
    const result = spawnSync(install.node, args, { env: codeServerEnvironment(folders.stateDir), encoding: 'utf8' });
    if (result.status !== 0) {
      throw new CodeServerError(`installing ${vsix} into ${folders.extensionsDir} failed (exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
    }
  }
}

/**
 * Starts code-server on `host:port` without authentication, opening `workspace`, as the leader of
 * its own process group; resolves once it logs that it listens.
 * @throws CodeServerError with the server's last output when it exits or is not ready within `startTimeoutMs`
 *   (the process group is stopped then)
 */
async function launchCodeServer(install, options) {
  const { stateDir, userDataDir, extensionsDir, workspace, host = '127.0.0.1', port, extraArgs = [], startTimeoutMs = 60_000, onOutput } = options;
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  // An explicit config file: otherwise code-server writes one with a generated password under XDG_CONFIG_HOME.
  writeFileSync(join(stateDir, 'config.yaml'), `bind-addr: ${host}:${port}\nauth: none\ncert: false\n`);
  const args = [
    install.codeServerEntry,
    ...folderArgs(options),
    '--auth', 'none',
    '--bind-addr', `${host}:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...extraArgs,
    workspace,
  ];
  const started = performance.now();
  const child = spawn(install.node, args, { env: codeServerEnvironment(stateDir), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  const record = (chunk) => {
    output.push(chunk.toString());
    onOutput?.(chunk.toString());
  };
  child.stdout.on('data', record);
  child.stderr.on('data', record);
  const exited = new Promise((resolveExit) => {
    child.once('exit', (code, signal) => resolveExit({ code, signal }));
    child.once('error', () => resolveExit({ code: null, signal: null }));
  });
  const stop = groupStopper(child, exited);
  try {
    await waitForReadyLine(child, output, startTimeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    pid: child.pid,
    startupMs: Math.round(performance.now() - started),
    output: () => output.join(''),
    exited,
    stop,
  };
}

function waitForReadyLine(child, output, timeoutMs) {
  return new Promise((resolveReady, reject) => {
    const tail = () => output.join('').trimEnd().split('\n').slice(-30).join('\n');
    const timer = setTimeout(() => reject(new CodeServerError(`code-server did not log "${READY_LINE}" within ${timeoutMs / 1000}s; its output:\n${tail()}`)), timeoutMs);
    const check = () => {
      if (!output.join('').includes(READY_LINE)) return;
      clearTimeout(timer);
      resolveReady();
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new CodeServerError(`could not start code-server: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new CodeServerError(`code-server exited (${signal ?? `code ${code}`}) before it was ready; its output:\n${tail()}`));
    });
  });
}

/**
 * Stopping the server's process group (the server, its extension hosts, file watchers and language
 * servers): SIGTERM, then SIGKILL after 5 s; SIGKILL as well when this process exits first.
 */
function groupStopper(child, exited) {
  const killGroup = (signal) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  const killOnExit = () => killGroup('SIGKILL');
  process.once('exit', killOnExit);
  let stopped;
  return () => {
    stopped ??= (async () => {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        killGroup('SIGTERM');
        const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      // Children that outlived the server.
      killGroup('SIGKILL');
    })();
    return stopped;
  };
}

module.exports = { CodeServerError, READY_LINE, defaultUserSettings, writeUserSettings, codeServerEnvironment, installExtensions, launchCodeServer };
