import { strict as assert } from 'node:assert';
import { buildCliIfMissing, invite, TEMPLATES, workspaces } from './cliProcess';

/** The files a run reported on (its JSON lists clean files too), relative to `dir`. */
const linted = (args: readonly string[], dir: string) => {
  const run = invite(['--format', 'json', ...args], dir);
  const files = run.stdout ? JSON.parse(run.stdout).map((r: { filePath: string }) => r.filePath.slice(dir.length + 1)).sort() : [];
  return { ...run, files };
};

describe('cli: ignoring files', () => {
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  const tree = (extra: Record<string, string> = {}) =>
    spaces.create({
      '.gitignore': 'build/\n*.draft.invite\n',
      'a.invite': TEMPLATES.clean,
      'b.draft.invite': TEMPLATES.clean,
      'build/out.invite': TEMPLATES.clean,
      'team/.gitignore': 'old/\n!keep.draft.invite\n',
      'team/keep.draft.invite': TEMPLATES.clean,
      'team/old/x.invite': TEMPLATES.clean,
      'team/c.invite': TEMPLATES.clean,
      ...extra,
    });

  it('leaves out what the .gitignore files inside the folder ignore, as git does', () => {
    const dir = tree();
    assert.deepEqual(linted([], dir).files, ['a.invite', 'team/c.invite', 'team/keep.draft.invite']);
    assert.deepEqual(linted(['team'], dir).files, ['team/c.invite', 'team/keep.draft.invite']);
  });

  it('--no-gitignore lints them all', () => {
    const dir = tree();
    assert.deepEqual(linted(['--no-gitignore'], dir).files, ['a.invite', 'b.draft.invite', 'build/out.invite', 'team/c.invite', 'team/keep.draft.invite', 'team/old/x.invite']);
  });

  it('never reads a .gitignore above the folder it runs in', () => {
    const dir = tree();
    assert.deepEqual(linted([], `${dir}/build`).files, ['out.invite']);
  });

  it('--ignore-pattern and !pattern arguments leave out, and a ! inside them takes back', () => {
    const dir = tree();
    assert.deepEqual(linted(['--no-gitignore', '--ignore-pattern', 'team/**', '--ignore-pattern', '!team/c.invite'], dir).files, ['a.invite', 'b.draft.invite', 'build/out.invite', 'team/c.invite']);
    const negated = linted(['--no-gitignore', '.', '!build/**', '!team/**'], dir);
    assert.deepEqual(negated.files, ['a.invite', 'b.draft.invite']);
    assert.equal(negated.status, 0);
    assert.equal(negated.stderr, '');
  });

  it('ignores in the config file, relative to its folder', () => {
    const dir = tree({ 'team/.invite-lint.yaml': 'ignores: [c.invite]\n' });
    assert.deepEqual(linted([], dir).files, ['a.invite', 'team/keep.draft.invite']);
  });

  it('a file named on its own that is ignored is skipped with a warning', () => {
    const dir = tree();
    const run = linted(['build/out.invite', 'a.invite'], dir);
    assert.deepEqual(run.files, ['a.invite']);
    assert.equal(run.stderr, 'invite-lint: warning: build/out.invite is ignored (.gitignore); not checked.\n');
    assert.equal(run.status, 0);
  });

  it('a folder whose every file is ignored is an error, unless --no-error-on-unmatched-pattern', () => {
    const dir = tree();
    const run = linted(['build'], dir);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'invite-lint: every .invite file in build is ignored\n');
    const missing = linted(['nothing/**/*.invite', 'a.invite', '--no-error-on-unmatched-pattern'], dir);
    assert.equal(missing.status, 0);
    assert.deepEqual(missing.files, ['a.invite']);
    assert.equal(missing.stderr, 'invite-lint: warning: no files match "nothing/**/*.invite"\n');
  });

  it('text on stdin standing for an ignored file is not checked, with a warning', () => {
    const dir = tree();
    const run = invite(['--stdin', '--stdin-filename', 'build/new.invite', '--format', 'json'], dir, undefined, { env: { NO_COLOR: '1' }, input: TEMPLATES.canned });
    assert.deepEqual(JSON.parse(run.stdout), []);
    assert.equal(run.stderr, 'invite-lint: warning: build/new.invite is ignored (.gitignore); not checked.\n');
    assert.equal(run.status, 0);
  });
});
