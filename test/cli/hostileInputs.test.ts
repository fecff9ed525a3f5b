import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildCliIfMissing, invite, TEMPLATES, workspaces } from './cliProcess';

describe('cli: no input stops a run', function () {
  this.timeout(60000);
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it('a deeply nested contacts.json is one warning on that file; every template is still reported', () => {
    const dir = spaces.create({
      'deep/contacts.json': `[${'['.repeat(12000)}${']'.repeat(12000)}]`,
      'deep/a.invite': TEMPLATES.warning,
      'other/b.invite': TEMPLATES.canned,
    });
    const run = invite(['--format', 'json'], dir, 30000);
    assert.doesNotMatch(run.stderr, /Maximum call stack|^\s+at /m);
    const reports = JSON.parse(run.stdout) as { filePath: string; messages: { message: string }[] }[];
    assert.deepEqual(reports.map((r) => r.filePath.slice(dir.length + 1)), ['deep/contacts.json', 'deep/a.invite', 'other/b.invite']);
    assert.match(reports[0].messages[0].message, /contacts\.json:1: nested more than 64 levels deep; not loaded\./);
    assert.equal(run.status, 1, 'the canned note is an error');
  });

  it('a contacts file over 20 MB is not loaded, with a message naming it and the limit', () => {
    const dir = spaces.create({ 'a.invite': TEMPLATES.clean, 'contacts.csv': `First Name,Company\n${'Ann,Acme\n'.repeat(2_400_000)}` });
    const run = invite([], dir, 30000);
    assert.match(run.stdout, /contacts\.csv\n\s+1:1\s+warning\s+\S*contacts\.csv: larger than 20 MB, the limit for a contacts file; not loaded\./);
    assert.equal(run.status, 0);
  });

  it('a FIFO named as a template or previewed is refused at once, not waited on', () => {
    const dir = spaces.create({ 'b.invite': TEMPLATES.clean });
    execFileSync('mkfifo', [join(dir, 'a.invite')]);
    const lint = invite(['a.invite', 'b.invite'], dir, 15000);
    assert.equal(lint.status, 2);
    assert.match(lint.stderr, /^invite-lint: a\.invite: not a regular file \(a device, a pipe or a socket\); skipped\.$/m);
    const preview = invite(['preview', 'a.invite'], dir, 15000);
    assert.equal(preview.status, 2);
    assert.match(preview.stderr, /a\.invite: not a regular file/);
  });

  it('a template linked to /dev/zero is refused by preview without reading it', () => {
    const dir = spaces.create({});
    execFileSync('ln', ['-s', '/dev/zero', join(dir, 'zero.invite')]);
    const run = invite(['preview', 'zero.invite'], dir, 15000);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /zero\.invite: not a regular file/);
  });
});
