import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { buildCliIfMissing, invite, TEMPLATES, workspaces } from './cliProcess';

/** The file names a JSON report lists. */
function listed(stdout: string, dir: string): string[] {
  return (JSON.parse(stdout) as { filePath: string }[]).map((r) => r.filePath.slice(dir.length + 1)).sort();
}

describe('cli: nothing outside the folder is touched', function () {
  this.timeout(60000);
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it('--fix leaves a file that a template link points to outside the folder as it was, and says it skipped the link', () => {
    const home = spaces.create({ '.ssh/authorized_keys': TEMPLATES.spaced });
    const dir = spaces.create({ 'a.invite': TEMPLATES.spaced });
    symlinkSync(join(home, '.ssh/authorized_keys'), join(dir, 'readme.invite'));
    const run = invite(['--fix'], dir);
    assert.equal(readFileSync(join(home, '.ssh/authorized_keys'), 'utf8'), TEMPLATES.spaced);
    assert.notEqual(readFileSync(join(dir, 'a.invite'), 'utf8'), TEMPLATES.spaced, 'the real template is still fixed');
    assert.match(run.stderr, /^invite-lint: warning: readme\.invite: a symbolic link to a file outside the folders being checked; skipped\.$/m);
    assert.equal(run.status, 0);
  });

  it('--fix does not enter a linked folder outside the folder, and names it', () => {
    const outside = spaces.create({ 'team/a.invite': TEMPLATES.spaced });
    const dir = spaces.create({ 'mine.invite': TEMPLATES.clean });
    symlinkSync(join(outside, 'team'), join(dir, 'shared'));
    const run = invite(['--fix', '--format', 'json'], dir);
    assert.equal(readFileSync(join(outside, 'team/a.invite'), 'utf8'), TEMPLATES.spaced);
    assert.deepEqual(listed(run.stdout, dir), ['mine.invite']);
    assert.match(run.stderr, /shared: a symbolic link to a folder outside the folders being checked; not searched\./);
  });

  it('a link to / does not make the default search walk the disk', () => {
    const dir = spaces.create({ 'a.invite': TEMPLATES.clean });
    symlinkSync('/', join(dir, 'everything'));
    const run = invite(['--format', 'json'], dir, 20000);
    assert.equal(run.status, 0, `stderr: ${run.stderr}`);
    assert.deepEqual(listed(run.stdout, dir), ['a.invite']);
    assert.match(run.stderr, /everything: a symbolic link to a folder outside/);
  });

  it('a folder link loop lists each file once, by its path without links', () => {
    const dir = spaces.create({ 'sub/a.invite': TEMPLATES.clean });
    symlinkSync('..', join(dir, 'sub', 'loop'));
    symlinkSync('sub', join(dir, 'alias'));
    const run = invite(['--format', 'json'], dir, 20000);
    assert.deepEqual(listed(run.stdout, dir), ['sub/a.invite']);
  });

  it('a template named on the command line that links outside is skipped too; a folder named outside is searched', () => {
    const outside = spaces.create({ 'b.invite': TEMPLATES.spaced, 'team/c.invite': TEMPLATES.clean });
    const dir = spaces.create({});
    mkdirSync(join(dir, 'notes'));
    symlinkSync(join(outside, 'b.invite'), join(dir, 'notes', 'link.invite'));
    const run = invite(['--fix', '--format', 'json', 'notes/link.invite', join(outside, 'team')], dir);
    assert.equal(readFileSync(join(outside, 'b.invite'), 'utf8'), TEMPLATES.spaced);
    assert.match(run.stderr, /notes\/link\.invite: a symbolic link to a file outside/);
    assert.deepEqual((JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath), [join(outside, 'team', 'c.invite')]);
  });
});

describe('cli: contacts files found outside the folder are refused', function () {
  this.timeout(30000);
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it('a contacts.csv found by the search that links outside the folder is not read, and the template says so', () => {
    const outside = spaces.create({ 'secret.csv': 'First Name,Company\nZed,Secret Corp\n' });
    const dir = spaces.create({ 'a.invite': 'Hi {{name}} from {{company}}, we met at {{where-met}}. {{reason}}\n' });
    symlinkSync(join(outside, 'secret.csv'), join(dir, 'contacts.csv'));
    const preview = invite(['preview', 'a.invite'], dir);
    assert.doesNotMatch(preview.stdout + preview.stderr, /Zed|Secret Corp/);
    assert.match(preview.stderr, /contacts\.csv" points outside .*; refused\./);
    const run = invite(['a.invite'], dir);
    assert.match(run.stdout, /contacts\.csv" points outside .*; refused\. Checked without contacts: lengths are estimates\.  contacts-file/);
  });
});
