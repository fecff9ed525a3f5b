import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
// The module object itself (not a namespace copy), so a step can be replaced for writeAtomically too.
import fs = require('node:fs');
import { join } from 'node:path';
import { writeFileAtomically } from '../../server/src/cli/writeAtomically';
import { buildCliIfMissing, CLI_PATH, TEMPLATES, workspaces } from './cliProcess';

/** The file system steps writeFileAtomically takes, in order. */
const STEPS = ['openSync', 'writeSync', 'fsyncSync', 'closeSync', 'chmodSync', 'renameSync'] as const;
type Step = (typeof STEPS)[number];

/** An error as Node's fs raises it. */
function fsError(step: Step): NodeJS.ErrnoException {
  return Object.assign(new Error(`EIO: i/o error, ${step.replace(/Sync$/, '')}`), { code: 'EIO', syscall: step.replace(/Sync$/, '') });
}

/** Runs `action` with `step` of node:fs throwing an I/O error; restores it after. */
function withFailing<T>(step: Step, action: () => T): T {
  const real = fs[step];
  (fs as Record<Step, unknown>)[step] = () => {
    throw fsError(step);
  };
  try {
    return action();
  } finally {
    (fs as Record<Step, unknown>)[step] = real;
  }
}

/** Fails renameSync for one file name, in a CLI child process (loaded with --require). */
const FAIL_RENAME = `
const fs = require('node:fs');
const rename = fs.renameSync;
fs.renameSync = (from, to) => {
  if (String(to).endsWith(process.env.FAIL_RENAME_TO)) {
    throw Object.assign(new Error('EIO: i/o error, rename ' + from + ' -> ' + to), { code: 'EIO', syscall: 'rename' });
  }
  return rename(from, to);
};
`;

describe('cli: --fix never loses data', () => {
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  for (const step of STEPS) {
    it(`a failing ${step} leaves the original file, its mode and its folder as they were, and reports the error`, () => {
      const dir = spaces.create({ 'a.invite': TEMPLATES.spaced });
      const path = join(dir, 'a.invite');
      fs.chmodSync(path, 0o640);
      assert.throws(() => withFailing(step, () => writeFileAtomically(path, 'new text\n')), (error: NodeJS.ErrnoException) => error.code === 'EIO' && error.syscall === step.replace(/Sync$/, ''));
      assert.equal(fs.readFileSync(path, 'utf8'), TEMPLATES.spaced);
      assert.equal(fs.statSync(path).mode & 0o777, 0o640);
      assert.deepEqual(fs.readdirSync(dir), ['a.invite'], 'no temporary file left behind');
    });
  }

  it('with every step working it replaces the file, leaving nothing else behind', () => {
    const dir = spaces.create({ 'a.invite': TEMPLATES.spaced });
    writeFileAtomically(join(dir, 'a.invite'), 'new text\n');
    assert.equal(fs.readFileSync(join(dir, 'a.invite'), 'utf8'), 'new text\n');
    assert.deepEqual(fs.readdirSync(dir), ['a.invite']);
  });

  it('a folder where the new file should go is not overwritten: the write fails and the folder is kept', () => {
    const dir = spaces.create({ 'real.invite': TEMPLATES.spaced });
    fs.mkdirSync(join(dir, 'folder.invite'));
    assert.throws(() => writeFileAtomically(join(dir, 'folder.invite'), 'x'), /EISDIR|EACCES|ENOTDIR|EPERM/);
    assert.equal(fs.statSync(join(dir, 'folder.invite')).isDirectory(), true);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['folder.invite', 'real.invite']);
  });

  it('the CLI reports a failed write as exit 2 naming the file, keeps it intact, and still fixes the other files', () => {
    const dir = spaces.create({ 'a.invite': TEMPLATES.spaced, 'b.invite': TEMPLATES.spaced, 'failRename.js': FAIL_RENAME });
    const run = spawnSync(process.execPath, ['--require', join(dir, 'failRename.js'), CLI_PATH, '--fix', 'a.invite', 'b.invite'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FAIL_RENAME_TO: `${join(dir, 'a.invite')}` },
    });
    assert.equal(run.stderr, 'invite-lint: a.invite: cannot write (EIO: i/o error).\n');
    assert.equal(run.status, 2);
    assert.doesNotMatch(run.stdout + run.stderr, /^\s+at /m);
    assert.equal(fs.readFileSync(join(dir, 'a.invite'), 'utf8'), TEMPLATES.spaced, 'a.invite intact');
    assert.equal(fs.readFileSync(join(dir, 'b.invite'), 'utf8'), TEMPLATES.spaced.replace('  ', ' '), 'b.invite fixed');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.invite', 'b.invite', 'failRename.js'], 'no temporary file left behind');
    assert.equal(run.stdout, 'a.invite\n  1:13  hint  Double space.  whitespace\n\n✖ 1 problem (0 errors, 0 warnings, 1 hint)\n', 'the unfixed file is still reported');
  });
});
