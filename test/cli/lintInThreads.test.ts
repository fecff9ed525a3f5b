import { strict as assert } from 'node:assert';
import { parseCommand, type LintCommand } from '../../server/src/cli/args';
import { threadCount } from '../../server/src/cli/concurrency';
import { contactsMessage } from '../../server/src/cli/fileReport';
import { templateFiles } from '../../server/src/cli/files';
import type { FileOutcome } from '../../server/src/cli/lintFile';
import { lintFiles } from '../../server/src/cli/lintFiles';
import { lintInThreads } from '../../server/src/cli/lintInThreads';
import { mergeOutcomes } from '../../server/src/cli/lintRun';
import { contiguousSlices } from '../../server/src/cli/slices';
import { workspaces } from './cliProcess';
import { variedWorkspace } from './variedWorkspace';

describe('cli: splitting a run between threads', () => {
  const spaces = workspaces();
  after(() => spaces.cleanup());

  it('reads --concurrency as a number, auto or off, off by default', () => {
    const concurrency = (argv: string[]) => (parseCommand(argv) as LintCommand).concurrency;
    assert.equal(concurrency([]), 'off');
    assert.equal(concurrency(['--concurrency', 'auto']), 'auto');
    assert.equal(concurrency(['--concurrency', 'off']), 'off');
    assert.equal(concurrency(['--concurrency', '1']), 1);
    assert.equal(concurrency(['--concurrency=12']), 12);
    assert.throws(() => parseCommand(['--concurrency', '9007199254740993']), { message: '--concurrency takes a whole number, auto or off, not "9007199254740993".' });
  });

  it('counts threads: off is one, a number is taken up to the file count, auto is min(cores, 4) with 500 files or more each', () => {
    assert.equal(threadCount('off', 10_000, 8), 1);
    assert.equal(threadCount(3, 48, 1), 3);
    assert.equal(threadCount(8, 3, 8), 3);
    assert.equal(threadCount(2, 0, 8), 1);
    assert.equal(threadCount('auto', 999, 8), 1);
    assert.equal(threadCount('auto', 1000, 8), 2);
    assert.equal(threadCount('auto', 1999, 8), 3);
    assert.equal(threadCount('auto', 10_000, 8), 4);
    assert.equal(threadCount('auto', 10_000, 2), 2);
    assert.equal(threadCount('auto', 10_000, 1), 1);
  });

  it('cuts contiguous slices whose lengths differ by at most one, longer ones first', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    assert.deepEqual(contiguousSlices(items, 3), [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    assert.deepEqual(contiguousSlices(items, 1), [items]);
    assert.deepEqual(contiguousSlices(items.slice(0, 2), 5), [[0], [1]]);
    assert.deepEqual(contiguousSlices([], 4), []);
  });

  it('merges outcomes with each contacts report and each notice kept the first time only, failures in file order', () => {
    const contacts = { path: '/w/contacts.csv', messages: [contactsMessage(3, 'Bad row.')] };
    const notice = contactsMessage(2, 'contacts: "gone.csv" not found (/w/gone.csv). Checked without contacts.');
    const report = (name: string) => ({ path: `/w/${name}`, source: 'Hi\n', fixed: false, messages: [] });
    const outcomes: FileOutcome[] = [
      { failures: ['a.invite: not UTF-8 text.'] },
      { contactsReport: contacts, notice, report: report('b.invite'), failures: [] },
      { contactsReport: contacts, report: report('c.invite'), failures: ['c.invite: cannot write (EACCES).'] },
      { notice, report: report('d.invite'), failures: [] },
    ];
    assert.deepEqual(mergeOutcomes(outcomes), {
      reports: [contacts, { ...report('b.invite'), messages: [notice] }, report('c.invite'), report('d.invite')],
      failures: ['a.invite: not UTF-8 text.', 'c.invite: cannot write (EACCES).'],
    });
  });

  it('gives the serial run when no worker can start (no bundled worker beside the sources)', async () => {
    const dir = spaces.create(variedWorkspace());
    const { files } = templateFiles([], dir);
    const settings = { cwd: dir, rules: Object.create(null), fix: false };
    const serial = lintFiles(files, settings);
    assert.equal(serial.reports.length, 47);
    assert.deepEqual(await lintInThreads(files, settings, 3), serial);
  });
});
