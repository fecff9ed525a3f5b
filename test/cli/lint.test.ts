import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCliIfMissing, invite, TEMPLATES, workspaces } from './cliProcess';

const MISSING_REASON = 'No reason to connect: say in one sentence why you are reaching out to this person.';

describe('cli: lint', () => {
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it('exits 0 and prints nothing for clean files', () => {
    const dir = spaces.create({ 'a.invite': TEMPLATES.clean });
    assert.deepEqual(invite([], dir), { status: 0, stdout: '', stderr: '' });
  });

  it('prints problems in the stylish format and exits 1 on an error', () => {
    const dir = spaces.create({ 'spaced.invite': TEMPLATES.spaced, 'warn.invite': TEMPLATES.warning });
    assert.deepEqual(invite([], dir), {
      status: 0,
      stdout: [
        'spaced.invite',
        '  1:13  hint  Double space.  whitespace',
        '',
        'warn.invite',
        `  1:14  warning  ${MISSING_REASON}  missing-reason`,
        '',
        '✖ 2 problems (0 errors, 1 warning, 1 hint)',
        '  1 problem fixable with the --fix option.',
        '',
      ].join('\n'),
      stderr: '',
    });
    const canned = spaces.create({ 'canned.invite': TEMPLATES.canned });
    const run = invite([], canned);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^canned\.invite\n {2}1:1 {2}error {4}Canned invitation text/);
    assert.match(run.stdout, /\n✖ 5 problems \(1 error, 3 warnings, 1 hint\)\n/);
  });

  it('fails on warnings only above --max-warnings', () => {
    const dir = spaces.create({ 'warn.invite': TEMPLATES.warning });
    assert.equal(invite(['--max-warnings', '1'], dir).status, 0);
    const over = invite(['--max-warnings', '0'], dir);
    assert.equal(over.status, 1);
    assert.equal(over.stderr, 'invite-lint: 1 warning; at most 0 allowed (--max-warnings).\n');
  });

  it('sets severities with --rule', () => {
    const dir = spaces.create({ 'warn.invite': TEMPLATES.warning });
    const raised = invite(['--rule', 'missing-reason=error'], dir);
    assert.equal(raised.status, 1);
    assert.match(raised.stdout, /1:14 {2}error {2}No reason/);
    assert.deepEqual(invite(['--rule', 'missing-reason=off', '--rule', 'missing-next-step=off'], dir), { status: 0, stdout: '', stderr: '' });
  });

  it('reports errors only with --quiet', () => {
    const dir = spaces.create({ 'warn.invite': TEMPLATES.warning });
    assert.deepEqual(invite(['--quiet'], dir), { status: 0, stdout: '', stderr: '' });
  });

  it('rejects bad usage with one line and exit code 2', () => {
    const dir = spaces.create({ 'a.invite': TEMPLATES.clean });
    const usage = ' Run invite-lint --help for usage.\n';
    assert.deepEqual(invite(['--rule', 'max-lenght=error'], dir), { status: 2, stdout: '', stderr: `invite-lint: unknown rule "max-lenght" in --rule; did you mean max-length?${usage}` });
    assert.deepEqual(invite(['--rule', 'max-length=loud'], dir), { status: 2, stdout: '', stderr: `invite-lint: --rule max-length= takes off, hint, info, warning, error, not "loud".${usage}` });
    assert.deepEqual(invite(['--fixx'], dir), { status: 2, stdout: '', stderr: `invite-lint: unknown option --fixx; did you mean --fix?${usage}` });
    assert.deepEqual(invite(['--format', 'xml'], dir), { status: 2, stdout: '', stderr: 'invite-lint: --format takes stylish, json, sarif, unix or an installed ESLint formatter; "xml" is none (no eslint-formatter-xml or xml found from the current folder).\n' });
    assert.deepEqual(invite(['--limit', '0'], dir), { status: 2, stdout: '', stderr: `invite-lint: --limit takes a whole number of characters from 1 to 10000, not "0".${usage}` });
    assert.deepEqual(invite(['--contact', 'Ann'], dir), { status: 2, stdout: '', stderr: `invite-lint: --contact goes with preview: invite-lint preview FILE --contact NAME.${usage}` });
  });

  it('keeps going past a file it cannot read, then exits 2', () => {
    const dir = spaces.create({ 'warn.invite': TEMPLATES.warning });
    const run = invite(['missing.invite', 'warn.invite'], dir);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'invite-lint: missing.invite: cannot read (ENOENT: no such file or directory).\n');
    assert.match(run.stdout, /^warn\.invite\n {2}1:14 {2}warning/);
  });

  it('refuses binary, invalid UTF-8 and oversized files without crashing', () => {
    const dir = spaces.create({
      'image.invite': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'latin1.invite': Buffer.from('Hi caf\xe9 owner\n', 'latin1'),
      'a.invite': TEMPLATES.clean,
    });
    writeFileSync(join(dir, 'huge.invite'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
    assert.deepEqual(invite([], dir), {
      status: 2,
      stdout: '',
      stderr: [
        'invite-lint: huge.invite: larger than 10 MB; skipped.',
        'invite-lint: image.invite: not UTF-8 text.',
        'invite-lint: latin1.invite: not UTF-8 text.',
        '',
      ].join('\n'),
    });
  });

  it('lints **/*.invite by default and under a folder, leaving node_modules out', () => {
    const dir = spaces.create({
      'top.invite': TEMPLATES.warning,
      'notes/deep/a.invite': TEMPLATES.warning,
      'node_modules/pkg/b.invite': TEMPLATES.warning,
      'notes/readme.txt': 'not a template',
    });
    const files = (stdout: string) => stdout.split('\n').filter((line) => line.endsWith('.invite'));
    assert.deepEqual(files(invite([], dir).stdout), ['notes/deep/a.invite', 'top.invite']);
    assert.deepEqual(files(invite(['notes'], dir).stdout), ['notes/deep/a.invite']);
    assert.deepEqual(files(invite(['notes/**/*.invite', 'top.invite'], dir).stdout), ['notes/deep/a.invite', 'top.invite']);
  });

  it('exits 2 when a glob or folder names no template', () => {
    const dir = spaces.create({ 'a.invite': TEMPLATES.clean, 'empty/readme.txt': '' });
    assert.deepEqual(invite(['drafts/*.invite', 'empty'], dir), {
      status: 2,
      stdout: '',
      stderr: 'invite-lint: no files match "drafts/*.invite"\ninvite-lint: no .invite files in empty\n',
    });
  });

  it('reports a contacts file once, at its lines, for all the templates that use it', () => {
    const dir = spaces.create({
      'contacts.csv': 'First Name,Where Met,Reason\nAnn,the Expo,parsers\nBob,"Sm"ith,x\n,Nowhere,None\n',
      'a.invite': TEMPLATES.clean,
      'b.invite': TEMPLATES.clean,
    });
    assert.deepEqual(invite([], dir), {
      status: 0,
      stdout: [
        'contacts.csv',
        '  3:1  warning  Bad quoting: text after a closing quote (double the quotes inside a quoted value); row skipped.  contacts-file',
        '  4:1  warning  No name (first name, last name or full name); skipped.                                           contacts-file',
        '',
        '✖ 2 problems (0 errors, 2 warnings)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('says in each template whose named contacts file is missing, as the editor does, and lints without it', () => {
    const template = `---\ncontacts: people.csv\n---\n${TEMPLATES.clean}`;
    const dir = spaces.create({ 'a.invite': template, 'b.invite': template });
    const run = invite([], dir);
    assert.equal(run.status, 0);
    const notice = `  2:11  warning  contacts: "people.csv" not found (${join(dir, 'people.csv')}). Checked without contacts: lengths are estimates.  contacts-file`;
    assert.equal(run.stdout, ['a.invite', notice, '', 'b.invite', notice, '', '✖ 2 problems (0 errors, 2 warnings)', ''].join('\n'));
  });

  it('the contacts notice has a severity like any rule: --rule and front matter turn it off or change it', () => {
    const dir = spaces.create({
      'a.invite': `---\ncontacts: people.csv\n---\n${TEMPLATES.clean}`,
      'b.invite': `---\ncontacts: people.csv\ndisable: [contacts-file]\n---\n${TEMPLATES.clean}`,
    });
    assert.match(invite(['a.invite', '--rule', 'contacts-file=error'], dir).stdout, /2:11 {2}error {2}contacts: "people\.csv" not found/);
    assert.equal(invite(['a.invite', '--rule', 'contacts-file=off'], dir).stdout, '');
    assert.equal(invite(['b.invite'], dir).stdout, '');
  });

  it('uses --contacts where front matter names none', () => {
    const dir = spaces.create({
      'lists/people.csv': 'First Name,Where Met\nAnn,the Expo\nBob,\n',
      'a.invite': 'Hi {{name}}, we met at {{where-met}}. Would you be open to a coffee next week?\n',
    });
    const run = invite(['--contacts', 'lists/people.csv', '--rule', 'missing-reason=off'], dir);
    assert.match(run.stdout, /1:24 {2}warning {2}1 of 2 contacts has no where-met \(Bob\)/);
  });

  it('prints the version and the help', () => {
    const dir = spaces.create({});
    assert.match(invite(['--version'], dir).stdout, /^\d+\.\d+\.\d+\n$/);
    const help = invite(['--help'], dir);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: invite-lint \[paths or globs…\] \[options\]\n/);
  });
});
