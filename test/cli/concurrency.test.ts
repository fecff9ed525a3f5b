import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { WORKER_THROWS_ENV } from '../../server/src/cli/lintWorkerData';
import { bundleCli, type BundledRun, type CliBundle } from './bundledCli';
import { TEMPLATES, workspaces } from './cliProcess';
import { variedWorkspace } from './variedWorkspace';

/** Every file under `dir` (relative path → bytes), to compare two folders. */
function contentsOf(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(dir.length + 1), readFileSync(join(entry.parentPath, entry.name), 'latin1')]));
}

/** What a run printed and returned, without the spy's record. */
function printed(run: BundledRun) {
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Two workers that each linted their whole slice of the varied workspace. */
const TWO_WORKERS = [
  { slice: 1, files: 16, posted: 16, fixed: 0, failed: false },
  { slice: 2, files: 16, posted: 16, fixed: 0, failed: false },
];

const FAILURES = ['a/09.invite', 'm/10.invite', 'z/07.invite'].map((name) => `invite-lint: ${name}: not UTF-8 text.\n`).join('');

describe('cli: --concurrency', () => {
  const spaces = workspaces();
  let bundle: CliBundle;
  let dir: string;
  before(async () => {
    bundle = await bundleCli();
    dir = spaces.create(variedWorkspace());
  });
  after(() => {
    spaces.cleanup();
    bundle?.cleanup();
  });

  it('prints on three threads exactly what one thread prints, in every format', () => {
    for (const format of ['stylish', 'json', 'sarif']) {
      const serial = bundle.run(['--format', format, '--concurrency', 'off'], dir);
      const threaded = bundle.run(['--format', format, '--concurrency', '3'], dir);
      assert.deepEqual(serial.workers, [], format);
      assert.deepEqual(threaded.workers, TWO_WORKERS, format);
      assert.deepEqual(printed(threaded), printed(serial), format);
      assert.deepEqual(printed(serial), { status: 2, stdout: serial.stdout, stderr: FAILURES }, format);
    }
  });

  it('reports each contacts file once before its first template, and each missing-contacts notice once', () => {
    const run = bundle.run(['--format', 'json', '--concurrency', '3'], dir);
    assert.deepEqual(run.workers, TWO_WORKERS);
    const results: { filePath: string; messages: { ruleId: string; line: number; message: string }[] }[] = JSON.parse(run.stdout);
    const names = (prefix: string, numbers: number[]) => numbers.map((n) => `${prefix}/${String(n).padStart(2, '0')}.invite`);
    const range = (from: number, to: number, skip?: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((n) => n !== skip);
    assert.deepEqual(results.map((r) => r.filePath.slice(dir.length + 1)), [
      ...names('a', range(1, 14, 9)),
      'b/contacts.csv',
      ...names('b', range(1, 4)),
      'contacts.csv',
      ...names('m', range(1, 16, 10)),
      ...names('z', range(1, 14, 7)),
    ]);
    const contactsMessages = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'contacts').map((m) => `${r.filePath.slice(dir.length + 1)}:${m.line} ${m.message}`));
    assert.deepEqual(contactsMessages, [
      `a/05.invite:2 contacts: "people.json" not found (${join(dir, 'a/people.json')}). Checked without contacts.`,
      'b/contacts.csv:3 4 values where the header has 3; row skipped.',
      'contacts.csv:3 Bad quoting: text after a closing quote (double the quotes inside a quoted value); row skipped.',
      'contacts.csv:4 No name (first name, last name or full name); skipped.',
      `m/04.invite:2 contacts: "gone.csv" not found (${join(dir, 'm/gone.csv')}). Checked without contacts.`,
      `z/12.invite:2 contacts: "../m/gone.csv" not found (${join(dir, 'm/gone.csv')}). Checked without contacts.`,
    ]);
  });

  it('uses at most N threads in all, the main thread included, and auto stays on one thread for a small folder', () => {
    const serial = printed(bundle.run(['--concurrency', 'off'], dir));
    const two = bundle.run(['--concurrency', '2'], dir);
    assert.deepEqual(two.workers, [{ slice: 1, files: 24, posted: 24, fixed: 0, failed: false }]);
    assert.deepEqual(printed(two), serial);
    const four = bundle.run(['--concurrency', '4'], dir);
    assert.deepEqual(four.workers.map((w) => [w.slice, w.files, w.posted]), [[1, 12, 12], [2, 12, 12], [3, 12, 12]]);
    assert.deepEqual(printed(four), serial);
    for (const args of [[], ['--concurrency', 'auto'], ['--concurrency', '1']]) {
      const run = bundle.run(args, dir);
      assert.deepEqual(run.workers, [], args.join(' '));
      assert.deepEqual(printed(run), serial, args.join(' '));
    }
    const small = spaces.create({ 'a.invite': TEMPLATES.clean, 'b.invite': TEMPLATES.warning, 'c.invite': TEMPLATES.spaced });
    const eight = bundle.run(['--concurrency', '8'], small);
    assert.deepEqual(eight.workers.map((w) => [w.slice, w.files]), [[1, 1], [2, 1]]);
    assert.deepEqual(printed(eight), printed(bundle.run(['--concurrency', 'off'], small)));
  });

  it('fixes every file on three threads exactly as on one', () => {
    for (const format of ['stylish', 'json']) {
      const one = spaces.create(variedWorkspace());
      const three = spaces.create(variedWorkspace());
      const serial = bundle.run(['--fix', '--format', format, '--concurrency', 'off'], one);
      const threaded = bundle.run(['--fix', '--format', format, '--concurrency', '3'], three);
      assert.deepEqual(threaded.workers.map((w) => [w.slice, w.posted, w.failed]), [[1, 16, false], [2, 16, false]], format);
      assert.ok(threaded.workers.every((w) => w.fixed > 0), `${format}: each worker rewrote files`);
      assert.deepEqual({ ...printed(threaded), stdout: threaded.stdout.replaceAll(three, one) }, printed(serial), format);
      assert.deepEqual(contentsOf(three), contentsOf(one), format);
      const original = contentsOf(spaces.create(variedWorkspace()));
      const changed = [...contentsOf(one)].filter(([name, text]) => original.get(name) !== text).map(([name]) => name).sort();
      assert.equal(changed.length, 19, `${format}: files changed by --fix: ${changed.join(' ')}`);
    }
  });

  it('refuses a value that is not a whole number from 1, auto or off', () => {
    for (const value of ['x', '0', '-1', '1.5', '', 'Auto', '2x']) {
      assert.deepEqual(printed(bundle.run([`--concurrency=${value}`], dir)), {
        status: 2,
        stdout: '',
        stderr: `invite-lint: --concurrency takes a whole number, auto or off, not "${value}". Run invite-lint --help for usage.\n`,
      });
    }
    assert.deepEqual(printed(bundle.run(['preview', 'a/01.invite', '--concurrency', '2'], dir)), {
      status: 2,
      stdout: '',
      stderr: 'invite-lint: --concurrency does not go with preview. Run invite-lint --help for usage.\n',
    });
  });

  describe('a worker that fails', () => {
    let serial: ReturnType<typeof printed>;
    before(() => {
      serial = printed(bundle.run(['--format', 'json', '--concurrency', 'off'], dir));
    });

    it('at start leaves its whole slice to the main thread, with no trace of the failure', () => {
      const run = bundle.run(['--format', 'json', '--concurrency', '3'], dir, { [WORKER_THROWS_ENV]: '1' });
      assert.deepEqual(run.workers, [{ ...TWO_WORKERS[0], posted: 0, failed: true }, TWO_WORKERS[1]]);
      assert.deepEqual(printed(run), serial);
    });

    it('part way leaves the files it did not report to the main thread', () => {
      const run = bundle.run(['--format', 'json', '--concurrency', '3'], dir, { [WORKER_THROWS_ENV]: '1,2:5' });
      assert.deepEqual(run.workers, [{ ...TWO_WORKERS[0], posted: 0, failed: true }, { ...TWO_WORKERS[1], posted: 5, failed: true }]);
      assert.deepEqual(printed(run), serial);
    });

    it('part way through --fix leaves the rest of its files to be fixed by the main thread', () => {
      const one = spaces.create(variedWorkspace());
      const three = spaces.create(variedWorkspace());
      const fixedSerially = bundle.run(['--fix', '--format', 'json', '--concurrency', 'off'], one);
      const run = bundle.run(['--fix', '--format', 'json', '--concurrency', '3'], three, { [WORKER_THROWS_ENV]: '2:9' });
      assert.deepEqual(run.workers.map((w) => [w.slice, w.posted, w.failed]), [[1, 16, false], [2, 9, true]]);
      assert.deepEqual({ ...printed(run), stdout: run.stdout.replaceAll(three, one) }, printed(fixedSerially));
      assert.deepEqual(contentsOf(three), contentsOf(one));
    });

    it('to start (its bundle is missing) leaves every slice to the main thread', () => {
      const away = `${bundle.workerPath}.away`;
      renameSync(bundle.workerPath, away);
      try {
        const run = bundle.run(['--format', 'json', '--concurrency', '3'], dir);
        assert.deepEqual(run.workers, [{ ...TWO_WORKERS[0], posted: 0, failed: true }, { ...TWO_WORKERS[1], posted: 0, failed: true }]);
        assert.deepEqual(printed(run), serial);
      } finally {
        renameSync(away, bundle.workerPath);
      }
    });
  });
});
