import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

const load = async () => (await import('../../scripts/scratchSamples.mjs')).scratchSamples;

describe('npm start opens a scratch copy of the samples', () => {
  let repo: string;
  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'invite-scratch-'));
    mkdirSync(join(repo, 'samples', 'nested'), { recursive: true });
    writeFileSync(join(repo, 'samples', 'a.invite'), 'Hi {{name}}');
    writeFileSync(join(repo, 'samples', 'nested', 'contacts.csv'), 'First Name\nAna\n');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('copies samples/ to .scratch/samples when it is missing, keeps the copy after, and never writes samples/', async () => {
    const scratchSamples = await load();
    const first = scratchSamples(repo);
    assert.deepEqual(first, { path: join(repo, '.scratch', 'samples'), created: true });
    assert.equal(readFileSync(join(first.path, 'nested', 'contacts.csv'), 'utf8'), 'First Name\nAna\n');

    // What was tried in the editor stays in the copy, and the copy stays.
    writeFileSync(join(first.path, 'a.invite'), 'Hi {{name}}, edited');
    assert.deepEqual(scratchSamples(repo), { path: first.path, created: false });
    assert.equal(readFileSync(join(first.path, 'a.invite'), 'utf8'), 'Hi {{name}}, edited');
    assert.equal(readFileSync(join(repo, 'samples', 'a.invite'), 'utf8'), 'Hi {{name}}');

    rmSync(join(repo, '.scratch'), { recursive: true });
    assert.equal(scratchSamples(repo).created, true);
    assert.equal(readFileSync(join(first.path, 'a.invite'), 'utf8'), 'Hi {{name}}');
  });

  it('start.mjs opens that copy, and git ignores it', () => {
    assert.match(readFileSync(join(ROOT, 'scripts', 'start.mjs'), 'utf8'), /const workspace = scratch\.path;/);
    const ignored = spawnSync('git', ['check-ignore', '-q', '.scratch/samples/canned.invite'], { cwd: ROOT });
    assert.equal(ignored.status, 0, '.scratch/ is not git-ignored');
  });
});
