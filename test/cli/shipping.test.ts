/**
 * What a team installs: the npm package (packed, installed into an empty
 * project, run with npx), the .vsix's contents, and the CI examples (the
 * GitHub Actions workflow and the pre-commit hook), whose commands are run
 * here as CI would run them.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { TEMPLATES } from './cliProcess';
import { packAndInstall, ROOT, shell, type Installed } from './packedInstall';
import { sarifSchemaErrors } from './sarifSchema';
import { startServer } from '../server/lspClient';
import { SERVER_ENVIRONMENT, SERVER_NODE_OPTIONS } from '../../server/src/shared/serverNodeOptions';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** A repository of templates: one clean, one with a warning, one with an error. */
function templates(project: string, files: Record<string, string>): void {
  mkdirSync(join(project, '.git'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(project, name, '..'), { recursive: true });
    writeFileSync(join(project, name), text);
  }
}

describe('shipping', function () {
  this.timeout(180000);
  let installed: Installed;
  before(() => (installed = packAndInstall()));
  after(() => installed?.cleanup());

  describe('the npm package', () => {
    it('is public and packs only what it runs: the CLI and server bundles, the rule docs, the config schema', () => {
      assert.equal(manifest.private, undefined);
      // vsce refuses package.json "files" beside .vscodeignore: the npm package's list is .npmignore.
      assert.equal(manifest.files, undefined);
      assert.deepEqual(installed.files, [
        'LICENSE',
        'README.md',
        'dist/cli.js',
        'dist/contactsWorker.js',
        'dist/server.js',
        'dist/wink-eng-lite-web-model.js',
        ...readdirSync(join(ROOT, 'dist/wink-models')).map((f) => `dist/wink-models/${f}`),
        'dist/wink-nlp.js',
        ...readdirSync(join(ROOT, 'docs/rules')).map((f) => `docs/rules/${f}`),
        'package.json',
        'schemas/invite-lint.schema.json',
      ].sort());
      assert.deepEqual(manifest.dependencies ?? {}, {}, 'everything is bundled');
    });

    it('runs with npx in a project that installed it', () => {
      const dir = installed.project;
      templates(dir, { 'notes/canned.invite': TEMPLATES.canned });
      assert.equal(shell('npx --no-install invite-lint --version', dir).stdout, `${manifest.version}\n`);
      const run = shell('npx --no-install invite-lint notes --format unix', dir);
      assert.equal(run.status, 1);
      assert.match(run.stdout, /^notes\/canned\.invite:1:1: .*\[error\/canned-message\]$/m);
    });

    it('its language server starts and checks a template', async () => {
      const client = await startServer({ rootDir: installed.project, server: join(installed.project, 'node_modules/invite-lint/dist/server.js') });
      try {
        const uri = `file://${join(installed.project, 'lsp.invite')}`;
        client.open(uri, TEMPLATES.canned);
        const diagnostics = await client.diagnostics(uri);
        assert.ok(diagnostics.some((d) => d.code === 'canned-message'));
        assert.equal(client.stderr(), '');
      } finally {
        await client.stop();
      }
    });
    it('its invite-language-server launcher starts Node with the server options and environment', async function () {
      if (process.platform !== 'linux') this.skip();
      const launcher = join(installed.project, 'node_modules/.bin/invite-language-server');
      const child = spawn(launcher, ['--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      try {
        // `env -S` sets the variables and then runs node in the same process.
        const cmdline = await new Promise<string[]>((resolve, reject) => {
          const started = Date.now();
          const look = () => {
            const args = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0');
            if (args[0] === 'node' && args.includes(launcher)) resolve(args);
            else if (Date.now() - started > 10000) reject(new Error(`still ${args.join(' ')}`));
            else setTimeout(look, 20);
          };
          look();
        });
        for (const option of SERVER_NODE_OPTIONS) assert.ok(cmdline.includes(option), `${option} in ${cmdline.join(' ')}`);
        const environ = readFileSync(`/proc/${child.pid}/environ`, 'utf8').split('\0');
        for (const [name, value] of Object.entries(SERVER_ENVIRONMENT)) assert.ok(environ.includes(`${name}=${value}`), `${name}=${value}`);
      } finally {
        child.kill();
      }
    });
  });

  describe('the .vsix', () => {
    it('packages, carrying what the extension loads and not the CLI', () => {
      const packaged = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '-o', join(installed.project, 'test.vsix')], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(packaged.status, 0, packaged.stderr + packaged.stdout);
      const listed = spawnSync('npx', ['vsce', 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim().split('\n').sort();
      for (const needed of ['package.json', 'dist/extension.js', 'dist/server.js', 'dist/contactsWorker.js', 'dist/wink-nlp.js', 'dist/wink-eng-lite-web-model.js', 'dist/wink-models/eng-core-web-model.json', 'schemas/invite-lint.schema.json', 'syntaxes/invite.tmLanguage.json', 'README.md']) {
        assert.ok(listed.includes(needed), `${needed} missing from ${listed.join(', ')}`);
      }
      assert.deepEqual(listed.filter((f) => f.startsWith('dist/') && !/^dist\/((extension|server|contactsWorker|wink-nlp|wink-eng-lite-web-model|webview\/preview)\.js|wink-models\/eng-[a-z-]+-model\.json)$/.test(f)), []);
      assert.deepEqual(listed.filter((f) => /^(server|client|test|scripts|node_modules)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts')), []);
    });
  });

  describe('docs/examples/github-actions.yml', () => {
    const workflow = parse(readFileSync(join(ROOT, 'docs/examples/github-actions.yml'), 'utf8'));
    const steps: { run?: string; uses?: string; with?: Record<string, string> }[] = workflow.jobs.lint.steps;

    it('uploads the SARIF file its lint step writes, with the permission code scanning needs', () => {
      const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
      assert.ok(upload, 'an upload-sarif step');
      const lint = steps.find((s) => s.run?.includes('--format sarif'))!;
      assert.ok(lint.run!.includes(`--output-file ${upload.with!.sarif_file}`), lint.run);
      assert.equal(workflow.permissions['security-events'], 'write');
    });

    it('its commands, run as CI runs them, write valid SARIF and fail on problems', () => {
      const dir = join(installed.project, 'gha');
      // A checkout inside the project that installed the package: npx finds it there, as it would after `npm ci`.
      templates(dir, { 'notes/warn.invite': TEMPLATES.warning, 'notes/a#1.invite': TEMPLATES.clean });
      const results = steps.filter((s) => s.run).map((s) => ({ run: s.run!, ...shell(s.run!, dir) }));
      assert.deepEqual(results.map((r) => r.status), [0, 1], JSON.stringify(results, null, 2));
      const log = JSON.parse(readFileSync(join(dir, 'invite-lint.sarif'), 'utf8'));
      assert.deepEqual(sarifSchemaErrors(log), []);
      assert.deepEqual(log.runs[0].results.map((r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri]), [['missing-reason', 'notes/warn.invite']]);
    });
  });

  describe('.pre-commit-hooks.yaml', () => {
    const [hook] = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));

    it('is a node hook that pre-commit can install from the repository (npm pack builds the bundles)', () => {
      assert.equal(hook.id, 'invite-lint');
      assert.equal(hook.language, 'node');
      assert.equal(manifest.bin[hook.entry], './dist/cli.js');
      assert.match(manifest.scripts.prepack, /esbuild\.mjs --production/);
    });

    it('runs on the staged templates as pre-commit does: entry, args, then the file names', () => {
      const dir = join(installed.project, 'hook');
      templates(dir, { 'a.invite': TEMPLATES.clean, 'b.invite': TEMPLATES.warning, 'notes.md': 'not a template' });
      const files = new RegExp(hook.files);
      const command = (names: string[]) => [hook.entry, ...hook.args, ...names.filter((n) => files.test(n))].map((w: string) => `'${w}'`).join(' ');
      assert.equal(shell(`PATH="${join(installed.project, 'node_modules/.bin')}:$PATH" ${command(['a.invite', 'notes.md'])}`, dir).status, 0);
      const failing = shell(`PATH="${join(installed.project, 'node_modules/.bin')}:$PATH" ${command(['a.invite', 'b.invite', 'notes.md'])}`, dir);
      assert.equal(failing.status, 1);
      assert.match(failing.stdout, /b\.invite/);
    });
  });
});

