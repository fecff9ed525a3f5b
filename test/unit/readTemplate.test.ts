import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTemplate } from '../../server/src/cli/readTemplate';

describe('cli: readTemplate reads regular files only', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'invite-read-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses /dev/zero and /dev/urandom at once, instead of reading without end', () => {
    assert.deepEqual(readTemplate('/dev/zero', 'zero.invite'), { failure: 'zero.invite: not a regular file (a device, a pipe or a socket); skipped.' });
    assert.deepEqual(readTemplate('/dev/urandom', 'random.invite'), { failure: 'random.invite: not a regular file (a device, a pipe or a socket); skipped.' });
  });

  it('refuses a FIFO without waiting for a writer', () => {
    const fifo = join(dir, 'a.invite');
    execFileSync('mkfifo', [fifo]);
    assert.deepEqual(readTemplate(fifo, 'a.invite'), { failure: 'a.invite: not a regular file (a device, a pipe or a socket); skipped.' });
  });

  it('still reads a regular file and refuses one over 10 MB', () => {
    const path = join(dir, 'a.invite');
    writeFileSync(path, 'Hi {{name}}\n');
    assert.deepEqual(readTemplate(path, 'a.invite'), { text: 'Hi {{name}}\n' });
    writeFileSync(path, Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
    assert.deepEqual(readTemplate(path, 'a.invite'), { failure: 'a.invite: larger than 10 MB; skipped.' });
  });
});
