import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chownSync, linkSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCliIfMissing, CLI_PATH, invite, TEMPLATES, workspaces } from './cliProcess';

/** Appends a line to APPEND_TO the first time a file is fsynced: an edit saved while --fix runs (loaded with --require). */
const EDIT_DURING_FIX = `
const fs = require('node:fs');
const fsync = fs.fsyncSync;
let edited = false;
fs.fsyncSync = (fd) => {
  fsync(fd);
  if (!edited) {
    edited = true;
    fs.appendFileSync(process.env.APPEND_TO, 'A line saved meanwhile.\\n');
  }
};
`;

const FIXED = TEMPLATES.spaced.replace('  ', ' ');

describe('cli: --fix keeps what is not its to change', function () {
  this.timeout(30000);
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it('leaves a file that changed while it was being fixed, keeping the new edit, and says so', () => {
    const dir = spaces.create({ 'a.invite': TEMPLATES.spaced, 'b.invite': TEMPLATES.spaced, 'edit.js': EDIT_DURING_FIX });
    const run = spawnSync(process.execPath, ['--require', join(dir, 'edit.js'), CLI_PATH, '--fix', 'a.invite', 'b.invite'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', APPEND_TO: join(dir, 'a.invite') },
    });
    assert.equal(readFileSync(join(dir, 'a.invite'), 'utf8'), `${TEMPLATES.spaced}A line saved meanwhile.\n`);
    assert.equal(readFileSync(join(dir, 'b.invite'), 'utf8'), FIXED, 'the other file is fixed');
    assert.match(run.stderr, /^invite-lint: a\.invite: changed while it was being fixed; left as it is\.$/m);
    assert.equal(run.status, 2);
    assert.deepEqual(readdirSync(dir).sort(), ['a.invite', 'b.invite', 'edit.js'], 'no temporary file left behind');
  });

  it("keeps the owner and group of someone else's file when run as root", function () {
    if (process.getuid?.() !== 0) this.skip();
    const dir = spaces.create({ 'a.invite': TEMPLATES.spaced });
    const path = join(dir, 'a.invite');
    chownSync(path, 1000, 1000);
    const run = invite(['--fix', 'a.invite'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync(path, 'utf8'), FIXED);
    assert.deepEqual([statSync(path).uid, statSync(path).gid], [1000, 1000]);
  });

  it('leaves a file with several hard links whole, and says so', () => {
    const dir = spaces.create({ 'a.invite': TEMPLATES.spaced });
    linkSync(join(dir, 'a.invite'), join(dir, 'twin.txt'));
    const run = invite(['--fix', 'a.invite'], dir);
    assert.match(run.stderr, /^invite-lint: a\.invite: has 2 hard links and replacing it would split them; not fixed\.$/m);
    assert.equal(statSync(join(dir, 'a.invite')).ino, statSync(join(dir, 'twin.txt')).ino);
    assert.equal(statSync(join(dir, 'a.invite')).nlink, 2);
    assert.equal(run.status, 2);
  });

  it('fixes a file whose name is near the 255-byte limit', () => {
    const name = `${'n'.repeat(248)}.invite`;
    const dir = spaces.create({});
    writeFileSync(join(dir, name), TEMPLATES.spaced);
    const run = invite(['--fix', name], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync(join(dir, name), 'utf8'), FIXED);
    assert.deepEqual(readdirSync(dir), [name]);
  });
});
