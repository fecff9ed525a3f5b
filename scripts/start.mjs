#!/usr/bin/env node
/**
 * `npm start`: builds and packages the extension, provisions code-server (cached in .vscode-test/),
 * installs the .vsix and opens a scratch copy of the samples (.scratch/samples, git-ignored; made from
 * samples/ when missing, see scratchSamples.mjs) in VS Code at http://localhost:3000, so edits and quick
 * fixes never touch tracked files. Ctrl+C stops the editor and all its processes.
 *
 * Usage: npm start [-- --port N]
 * Env:   PORT  the port to listen on (default 3000; --port wins)
 *
 * Extensions and user data live in .vscode-test/start/ (git-ignored), kept between runs; the server's
 * output goes to .vscode-test/start/code-server.log.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import codeServer from './editor/codeServer.cjs';
import { provisionEditor, ProvisionError } from './editor/provisionEditor.mjs';
import { scratchSamples } from './scratchSamples.mjs';

const { CodeServerError, installExtensions, launchCodeServer, writeUserSettings } = codeServer;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
const DEFAULT_PORT = 3000;

/** A problem the user can act on: printed as one message, never as a stack trace. */
class StartError extends Error {}

/** @returns {number} the port from `--port N` / `--port=N`, else PORT, else 3000 */
function portFrom(args, env) {
  let raw;
  let from = 'PORT';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--port') {
      raw = args[++i];
      from = '--port';
    } else if (arg.startsWith('--port=')) {
      raw = arg.slice('--port='.length);
      from = '--port';
    } else if (arg === '-h' || arg === '--help') {
      console.log('Usage: npm start [-- --port N]   (or PORT=N npm start; default 3000)');
      process.exit(0);
    } else {
      throw new StartError(`unknown option ${arg}; usage: npm start [-- --port N]`);
    }
  }
  raw ??= env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new StartError(`${from} must be a port number from 1 to 65535, got "${raw}"`);
  return port;
}

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.error) throw new StartError(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) throw new StartError(`${what} failed (\`${[command, ...args].join(' ')}\` exited with ${result.status ?? result.signal})`);
}

/** Resolves when nothing listens on HOST:port; rejects with a StartError naming the port otherwise. */
function checkPortFree(port) {
  return new Promise((resolveFree, reject) => {
    const probe = createServer();
    probe.once('error', (error) => {
      const reason = error.code === 'EADDRINUSE' ? 'is in use' : `cannot be used (${error.code ?? error.message})`;
      reject(new StartError(`port ${port} ${reason}: stop what listens there, or pick another port with PORT=${port + 1} npm start or npm start -- --port ${port + 1}`));
    });
    probe.listen(port, HOST, () => probe.close(() => resolveFree()));
  });
}

async function main() {
  const port = portFrom(process.argv.slice(2), process.env);
  await checkPortFree(port);

  console.log('start: building and packaging the extension (npm run package)');
  run('npm', ['run', '--silent', 'package'], 'packaging the extension');
  const vsix = join(repoRoot, 'invite-lint.vsix');
  if (!existsSync(vsix)) throw new StartError(`npm run package wrote no ${vsix}`);

  const install = provisionEditor({ needBrowser: false, log: (line) => console.log(line.replace(/^provision:editor/, 'start')) });

  const stateDir = join(repoRoot, '.vscode-test', 'start');
  const folders = { stateDir, userDataDir: join(stateDir, 'user-data'), extensionsDir: join(stateDir, 'extensions') };
  mkdirSync(stateDir, { recursive: true });
  writeUserSettings(folders.userDataDir, {}, { keepExisting: true });
  console.log(`start: installing ${vsix} into ${folders.extensionsDir}`);
  installExtensions(install, folders, [vsix]);

  const logPath = join(stateDir, 'code-server.log');
  const log = createWriteStream(logPath, { flags: 'w' });
  const scratch = scratchSamples(repoRoot);
  const workspace = scratch.path;
  console.log(scratch.created ? `start: copied samples/ to ${workspace}` : `start: opening ${workspace} as it was left (delete .scratch/ to start again from samples/)`);
  const launching = launchCodeServer(install, {
    ...folders,
    workspace,
    host: HOST,
    port,
    onOutput: (chunk) => log.write(chunk),
  });

  // Registered while the server starts: it is a process group of its own, which the terminal's Ctrl+C does not reach.
  let stopping = false;
  const shutdown = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nstart: ${signal}: stopping VS Code`);
    const running = await launching.catch(() => undefined);
    await running?.stop();
    log.end();
    console.log('start: stopped');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void shutdown(signal));

  // A failed start during a shutdown is the shutdown's business.
  const server = await launching.catch((error) => (stopping ? new Promise(() => {}) : Promise.reject(error)));
  console.log('');
  console.log(`  VS Code with Invite Lint, editing a scratch copy of samples/ (${workspace}):`);
  console.log(`  http://localhost:${port}/?${new URLSearchParams({ folder: workspace })}`);
  console.log('');
  console.log(`  Server log: ${logPath}. Press Ctrl+C to stop.`);

  const { code, signal } = await server.exited;
  if (stopping) return;
  log.end();
  const tail = server.output().trimEnd().split('\n').slice(-20).join('\n');
  console.error(`start: code-server exited on its own (${signal ?? `code ${code}`}); last lines of ${logPath}:\n${tail}`);
  await server.stop();
  process.exit(1);
}

main().catch((error) => {
  if (!(error instanceof StartError || error instanceof ProvisionError || error instanceof CodeServerError)) throw error;
  console.error(`start: ${error.message}`);
  process.exit(1);
});
