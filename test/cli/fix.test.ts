import { strict as assert } from 'node:assert';
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { buildCliIfMissing, invite, TEMPLATES, workspaces } from './cliProcess';

const PAST = new Date('2001-02-03T04:05:06Z');

describe('cli: --fix', () => {
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it('rewrites a fixable file through a rename, keeping its mode, BOM and CRLF, and prints what is left', () => {
    const before = '\uFEFFHi {{name}},  fellow York alumna here.\r\nWould you be open to a coffee next week?\r\n';
    const dir = spaces.create({ 'a.invite': before });
    const path = join(dir, 'a.invite');
    chmodSync(path, 0o640);
    const inode = statSync(path).ino;
    const run = invite(['--fix'], dir);
    assert.equal(readFileSync(path, 'utf8'), '\uFEFFHi {{name}}, fellow York alumna here.\r\nWould you be open to a coffee next week?\r\n');
    assert.deepEqual([...readFileSync(path).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(statSync(path).mode & 0o777, 0o640);
    assert.notEqual(statSync(path).ino, inode, 'replaced by a rename, not written in place');
    assert.deepEqual(readdirSync(dir), ['a.invite'], 'no temporary file left behind');
    assert.deepEqual(run, {
      status: 0,
      stdout: [
        'a.invite',
        '  1:14  warning  No reason to connect: say in one sentence why you are reaching out to this person.  missing-reason',
        '',
        '✖ 1 problem (0 errors, 1 warning)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('writes through a symbolic link to its target, leaving the link in place', () => {
    const dir = spaces.create({ 'real/a.invite': TEMPLATES.spaced });
    symlinkSync(join(dir, 'real/a.invite'), join(dir, 'link.invite'));
    invite(['--fix', 'link.invite'], dir);
    assert.equal(lstatSync(join(dir, 'link.invite')).isSymbolicLink(), true);
    assert.equal(readFileSync(join(dir, 'real/a.invite'), 'utf8'), TEMPLATES.spaced.replace('  ', ' '));
  });

  it('applies fixes pass after pass until none is left', () => {
    const dir = spaces.create({ 'canned.invite': TEMPLATES.canned });
    const run = invite(['--fix', '--format', 'json'], dir);
    assert.equal(readFileSync(join(dir, 'canned.invite'), 'utf8'), 'Hi {{name}}, we met at {{where-met}}. {{reason}}\n');
    const [file] = JSON.parse(run.stdout);
    assert.equal(file.output, 'Hi {{name}}, we met at {{where-met}}. {{reason}}\n');
    assert.equal(file.source, undefined);
    assert.deepEqual(file.messages.map((m: { ruleId: string }) => m.ruleId), ['missing-next-step']);
  });

  it('does not touch a file with nothing to fix', () => {
    const dir = spaces.create({ 'clean.invite': TEMPLATES.clean, 'warn.invite': TEMPLATES.warning });
    for (const name of ['clean.invite', 'warn.invite']) utimesSync(join(dir, name), PAST, PAST);
    invite(['--fix'], dir);
    for (const name of ['clean.invite', 'warn.invite']) assert.equal(statSync(join(dir, name)).mtimeMs, PAST.getTime(), name);
  });

  it('never writes a file whose front matter is broken', () => {
    const text = '---\nlimit: [\n---\nHi {{name}},  we met at {{where-met}}.\n';
    const dir = spaces.create({ 'broken.invite': text });
    utimesSync(join(dir, 'broken.invite'), PAST, PAST);
    const run = invite(['--fix', '--format', 'json'], dir);
    assert.equal(run.status, 1);
    assert.equal(readFileSync(join(dir, 'broken.invite'), 'utf8'), text);
    assert.equal(statSync(join(dir, 'broken.invite')).mtimeMs, PAST.getTime());
    const [file] = JSON.parse(run.stdout);
    assert.equal(file.output, undefined);
    assert.deepEqual(file.messages.map((m: { ruleId: string }) => m.ruleId).filter((id: string) => id === 'front-matter' || id === 'whitespace'), ['front-matter', 'whitespace']);
  });
});
