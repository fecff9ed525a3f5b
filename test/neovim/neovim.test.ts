import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER } from '../server/lspClient';

/** Neovim as Debian packages it (`apt-get install neovim`; .ci/run installs it). */
const NVIM = 'nvim';

interface NeovimRun {
  readonly shown: string[];
  readonly prompts: string[];
  readonly registrations: string[];
  readonly errors: string[];
  readonly capabilities: string[];
  readonly answers: Record<string, any>;
}

describe('Neovim (headless, its own LSP client)', function () {
  this.timeout(90000);
  let dir: string;
  let run: NeovimRun;

  before(() => {
    const version = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0, `cannot run ${NVIM} (${version.error?.message ?? version.stderr}); install Debian's neovim: apt-get install -y neovim`);
    dir = mkdtempSync(path.join(tmpdir(), 'invite-nvim-'));
    copyFileSync(path.join(__dirname, '../fixtures/contacts/people.vcf'), path.join(dir, 'people.vcf'));
    writeFileSync(path.join(dir, 'note.invite'), '---\ncontacts: people.vcf\nsample: Bea Okafor\n---\nHi {{name}}, we met at {{where-met | the fair}}. How is {{company}}?\n');
    const out = path.join(dir, 'answers.json');
    const nvim = spawnSync(NVIM, ['--headless', '--clean', '-u', path.join(__dirname, 'lspCheck.lua')], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 80000,
      env: { ...process.env, INVITE_OUT: out, INVITE_TEMPLATE: path.join(dir, 'note.invite'), INVITE_ROOT: dir, INVITE_NODE: process.execPath, INVITE_SERVER: SERVER },
    });
    assert.equal(nvim.status, 0, `nvim ended with ${nvim.status ?? nvim.signal}: ${nvim.stderr}`);
    run = JSON.parse(readFileSync(out, 'utf8')) as NeovimRun;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gets every answer without an error', () => {
    assert.deepEqual(run.errors, []);
  });

  it('is told about a bad setting once, by name and value, with a notification and no prompt', () => {
    assert.deepEqual(run.prompts, []);
    assert.deepEqual(run.shown, ['invite-lint: invite.limit is "short"; it takes a number. Using the default.']);
  });

  it('is asked for no dynamic registration, which Neovim 0.7 does not declare', () => {
    assert.deepEqual(run.registrations, []);
  });

  it('pulls diagnostics', () => {
    assert.equal(run.answers.diagnostic.kind, 'full');
    // The contact with no company (the card of Maja Lindqvist has no ORG) is reported: the contacts came from the vCard file.
    const missing = run.answers.diagnostic.items.filter((d: any) => d.code === 'missing-value');
    assert.equal(missing.length, 1, JSON.stringify(run.answers.diagnostic.items));
    assert.match(missing[0].message, /^1 of 3 contacts (?:has|have) no company \(Maja Lindqvist\)/);
  });

  it('gets inlay hints: each placeholder for the sample contact, and the length at the end', () => {
    const note = 'Hi Bea, we met at the Riso print fair. How is Lanternfish Studio?';
    assert.deepEqual(run.answers.inlayHint.map((h: any) => h.label), ['= Bea', '= the Riso print fair', '= Lanternfish Studio', `${note.length}/300 · Bea Okafor`]);
  });

  it('gets the code lens and the contacts link', () => {
    assert.deepEqual(run.answers.codeLens.map((l: any) => l.command.title), ['Preview for Bea Okafor · every note of 3 fits']);
    assert.deepEqual(run.answers.documentLink.map((l: any) => l.target), [pathToFileURL(path.join(dir, 'people.vcf')).href]);
    assert.ok(run.capabilities.includes('inlayHintProvider') && run.capabilities.includes('codeLensProvider'), run.capabilities.join(', '));
  });

  it('gets semantic tokens for the placeholders and the fallback', () => {
    const data: number[] = run.answers.semanticTokens.data;
    const types = data.filter((_, i) => i % 5 === 3);
    assert.deepEqual(types, [0, 0, 1, 0, 0]);
  });
});
