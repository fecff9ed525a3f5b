import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BAD_INPUTS, catalogueWorkspace } from '../fixtures/bad/badInputs';
import { buildCliIfMissing, invite, type CliRun } from './cliProcess';

/** The report's lines without blank lines and the summary (✖ …, "… fixable with the --fix option."). */
function reportLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line !== '' && !line.startsWith('✖') && !line.endsWith('fixable with the --fix option.'));
}

/** `lines` match `patterns` one to one. */
function assertLinesMatch(lines: readonly string[], patterns: readonly string[], what: string): void {
  assert.equal(lines.length, patterns.length, `${what}: ${lines.length} lines, expected ${patterns.length}:\n${lines.join('\n')}`);
  lines.forEach((line, i) => assert.match(line, new RegExp(patterns[i]), `${what} line ${i + 1}`));
}

/** Nothing printed looks like a stack trace. */
function assertNoStackTrace(run: CliRun): void {
  for (const [name, text] of [['stdout', run.stdout], ['stderr', run.stderr]] as const) {
    assert.doesNotMatch(text, /^\s+at .+[:(]/m, `${name} holds a stack frame:\n${text}`);
    assert.doesNotMatch(text, /\b(?:TypeError|RangeError|ReferenceError|SyntaxError)\b/, `${name} holds a JavaScript error:\n${text}`);
  }
}

describe('cli: the bad-input catalogue', function () {
  this.timeout(60000);
  let workspace: ReturnType<typeof catalogueWorkspace>;
  before(async () => {
    await buildCliIfMissing();
    workspace = catalogueWorkspace();
  });
  after(() => workspace.cleanup());

  for (const input of BAD_INPUTS) {
    it(`${input.what} (${input.file}): a clear message, exit ${input.cli.exit}`, () => {
      const run = invite(input.cli.args ?? [input.file], workspace.dir);
      assertNoStackTrace(run);
      assertLinesMatch(reportLines(run.stdout), input.cli.stdout, 'stdout');
      assertLinesMatch(run.stderr.split('\n').filter(Boolean), input.cli.stderr ?? [], 'stderr');
      assert.equal(run.status, input.cli.exit);
    });
  }

  it('lints the whole catalogue in one run: exit 2, each unreadable file named on stderr, every other template reported', () => {
    const run = invite([], workspace.dir);
    assertNoStackTrace(run);
    assert.equal(run.status, 2);
    assert.deepEqual(run.stderr.split('\n').filter(Boolean), [
      'invite-lint: binary.invite: not UTF-8 text.',
      'invite-lint: huge.invite: larger than 10 MB; skipped.',
      'invite-lint: invalid-utf8.invite: not UTF-8 text.',
    ]);
    const headings = run.stdout.split('\n').filter((line) => /^\S/.test(line) && !line.startsWith('✖'));
    assert.deepEqual(headings, [
      'broken-front-matter.invite',
      'contacts-folder.invite',
      'contacts-missing.invite',
      'contacts-outside.invite',
      'empty.invite',
      'long-line.invite',
      'only-front-matter.invite',
      'contacts-not-array.json',
      'uses-not-array.invite',
      'contacts-unbalanced-quotes.csv',
      'uses-unbalanced-quotes.invite',
      'contacts-wrong-columns.csv',
      'uses-wrong-columns.invite',
    ]);
  });

  it('--fix over the catalogue rewrites only what it can read and parse: unreadable files and broken front matter keep their bytes', () => {
    const untouched = ['binary.invite', 'invalid-utf8.invite', 'broken-front-matter.invite', 'contacts-unbalanced-quotes.csv', 'contacts-not-array.json'];
    const before = new Map(untouched.map((name) => [name, readFileSync(join(workspace.dir, name))]));
    const hugeSize = statSync(join(workspace.dir, 'huge.invite')).size;
    const run = invite(['--fix'], workspace.dir);
    assertNoStackTrace(run);
    assert.equal(run.status, 2);
    for (const [name, bytes] of before) assert.ok(readFileSync(join(workspace.dir, name)).equals(bytes), `${name} changed`);
    assert.equal(statSync(join(workspace.dir, 'huge.invite')).size, hugeSize);
    assert.deepEqual(readdirSync(workspace.dir).filter((name) => name.endsWith('.tmp')), [], 'no temporary file left behind');
  });

  describe('contacts named in front matter stay inside the working folder', () => {
    const TEMPLATE = 'Hi {{name}}, we met at {{where-met}} and I enjoyed your talk on {{reason}}. Would you be open to a coffee next week?\n';
    const lintWith = (contacts: string) => {
      writeFileSync(join(workspace.dir, 'escape.invite'), `---\ncontacts: ${contacts}\n---\n${TEMPLATE}`);
      const run = invite(['escape.invite'], workspace.dir);
      assertNoStackTrace(run);
      return run;
    };

    it('an absolute path outside is refused', () => {
      const run = lintWith('/etc/passwd');
      assert.equal(run.status, 0);
      assert.equal(reportLines(run.stdout)[1], `  2:11  warning  contacts: "/etc/passwd" points outside ${workspace.dir}; refused. Checked without contacts: lengths are estimates.  contacts-file`);
    });

    it('a symbolic link inside that points outside is refused', () => {
      symlinkSync('/etc/passwd', join(workspace.dir, 'linked.csv'));
      const run = lintWith('linked.csv');
      assert.equal(reportLines(run.stdout)[1], `  2:11  warning  contacts: "linked.csv" points outside ${workspace.dir}; refused. Checked without contacts: lengths are estimates.  contacts-file`);
      assert.doesNotMatch(run.stdout, /root:/, 'nothing of the outside file is shown');
    });
  });
});
