import { strict as assert } from 'node:assert';
import { buildCliIfMissing, invite, noteBlock, TEMPLATES, workspaces } from './cliProcess';

/** A note with a wordy phrase (a hint by default) and nothing else to report. */
const WORDY = 'Hi {{name}}, we met at {{where-met}} and I would like to hear about {{reason}}. Coffee next week?\n';
const unix = (args: readonly string[], dir: string) => invite(['--format', 'unix', ...args], dir);
const severities = (stdout: string) => stdout.split('\n').filter((l) => l.includes('wordy-phrase')).map((l) => `${l.split(':')[0]} ${/\[(\w+)\//.exec(l)![1]}`);

describe('cli: config file', () => {
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it('applies the nearest config file to each template, never one above the working folder', () => {
    const dir = spaces.create({
      'repo/.invite-lint.json': '{ "rules": { "wordy-phrase": "warning" } }',
      'repo/a.invite': WORDY,
      'repo/team/.invite-lint.yaml': 'rules:\n  wordy-phrase: error\n',
      'repo/team/b.invite': WORDY,
      'repo/team/sub/c.invite': WORDY,
      'repo/other/d.invite': WORDY,
    });
    const run = unix([], `${dir}/repo`);
    assert.deepEqual(severities(run.stdout), ['a.invite warning', 'other/d.invite warning', 'team/b.invite error', 'team/sub/c.invite error']);
    assert.deepEqual(severities(unix([], `${dir}/repo/other`).stdout), ['d.invite hint']);
  });

  it('front matter wins over the config file; the command line wins over the config file', () => {
    const dir = spaces.create({
      '.invite-lint.json': '{ "limit": 40, "rules": { "wordy-phrase": "error" } }',
      'a.invite': WORDY,
      'b.invite': `---\nrules: { wordy-phrase: info }\nlimit: 300\n---\n${WORDY}`,
    });
    const run = unix([], dir);
    assert.deepEqual(severities(run.stdout), ['a.invite error', 'b.invite info']);
    assert.match(run.stdout, /^a\.invite:.*\[error\/max-length\]$/m);
    assert.ok(!/^b\.invite:.*max-length/m.test(run.stdout));
    const overridden = unix(['--rule', 'wordy-phrase=off', '--limit', '300', 'a.invite'], dir);
    assert.equal(overridden.stdout, '');
  });

  it('reads phrases (the allow list too), assumedLengths, maxProblems and contacts relative to the config file', () => {
    const dir = spaces.create({
      'team/.invite-lint.yaml': 'contacts: people/list.csv\nphrases:\n  allow: [I would like to hear]\n  salesy: [free trial]\nmaxProblems: 1\n',
      'team/people/list.csv': 'First Name,Last Name,Where Met,Reason\nAnn,Lee,the fair,\n',
      'team/a.invite': WORDY.replace('Coffee next week?', 'Want a free trial?'),
    });
    const run = unix(['--rule', 'missing-next-step=off'], dir);
    assert.ok(!run.stdout.includes('wordy-phrase'), run.stdout);
    // With contacts from team/people/list.csv, Ann has no reason: missing-value (and salesy, cut by maxProblems: 1).
    assert.match(run.stdout, /^team\/a\.invite:1:\d+: Ann Lee has no reason\b.*\[warning\/missing-value\]$/m);
    assert.equal(run.stdout.split('\n').filter((l) => l.startsWith('team/a.invite')).length, 1);
    assert.match(run.stderr, /a\.invite has more than 1 problem; only the first 1 are listed/);
  });

  it('--config FILE is used for every template instead of the nearest', () => {
    const dir = spaces.create({ '.invite-lint.json': '{ "rules": { "wordy-phrase": "error" } }', 'ci/strict.yaml': 'rules: { wordy-phrase: warning }\n', 'a.invite': WORDY });
    assert.deepEqual(severities(unix(['--config', 'ci/strict.yaml'], dir).stdout), ['a.invite warning']);
  });

  it('names a bad config file and line on stderr and exits 2, still linting with the rest', () => {
    const dir = spaces.create({ '.invite-lint.json': '{\n  "limit": 200,\n  "rules": { "wordy-phrase": "loud" }\n}\n', 'a.invite': WORDY, 'b.invite': WORDY });
    const run = unix([], dir);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'invite-lint: .invite-lint.json:3: rules.wordy-phrase: expected one of off, hint, info, warning, error; "rules" ignored.\n');
    assert.deepEqual(severities(run.stdout), ['a.invite hint', 'b.invite hint']);
    const broken = spaces.create({ '.invite-lint.yaml': 'rules:\n  salesy: [off\n', 'a.invite': TEMPLATES.clean });
    const failed = unix([], broken);
    assert.equal(failed.status, 2);
    assert.match(failed.stderr, /^invite-lint: \.invite-lint\.yaml:\d+: not valid YAML \(.*\); not used\.\n$/);
    assert.ok(!failed.stderr.includes('    at '));
  });

  it('--stdin-filename finds the config file of the file it names', () => {
    const dir = spaces.create({ 'team/.invite-lint.json': '{ "rules": { "wordy-phrase": "error" } }' });
    const run = invite(['--stdin', '--stdin-filename', 'team/new.invite', '--format', 'unix'], dir, undefined, { env: { NO_COLOR: '1' }, input: WORDY });
    assert.deepEqual(severities(run.stdout), ['team/new.invite error']);
  });

  it('--print-config FILE prints the settings that file gets and which config file gave them', () => {
    const dir = spaces.create({ 'team/.invite-lint.yaml': 'limit: 200\nrules:\n  salesy: error\nignores: [old/**]\n', 'team/a.invite': WORDY });
    const run = invite(['--print-config', 'team/a.invite', '--rule', 'whitespace=off'], dir);
    assert.equal(run.status, 0);
    const printed = JSON.parse(run.stdout);
    assert.equal(printed.configFile, 'team/.invite-lint.yaml');
    assert.equal(printed.limit, 200);
    assert.deepEqual(printed.rules, { salesy: 'error', whitespace: 'off' });
    assert.equal(printed.maxProblems, 1000);
    assert.deepEqual(printed.ignores, ['old/**']);
    assert.equal(JSON.parse(invite(['--print-config', 'a.invite'], dir).stdout).configFile, null);
  });
});

describe('cli: preview with a config file', () => {
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it('uses its limit, contacts and sample contact', () => {
    const dir = spaces.create({
      '.invite-lint.json': '{ "limit": 200, "contacts": "people.csv", "sampleContact": "Bo" }',
      'people.csv': 'First Name,Last Name\nAnn,Lee\nBo,Diaz\n',
      'a.invite': 'Hi {{name}}!\n',
    });
    const run = invite(['preview', 'a.invite'], dir);
    assert.equal(noteBlock(run.stdout), 'Bo Diaz — 6/200\nHi Bo!\n');
  });

  it('lists the problems after the note with its rules, under the command line', () => {
    const dir = spaces.create({
      '.invite-lint.yaml': 'rules:\n  missing-context: off\n  missing-next-step: error\n',
      'contacts.csv': 'First Name,Last Name\nAnn,Lee\n',
      'a.invite': 'Hi {{name}}!\n',
    });
    const listed = invite(['preview', 'a.invite'], dir).stdout;
    assert.ok(!listed.includes('missing-context'), listed);
    assert.match(listed, /error .*missing-next-step/);
    assert.match(invite(['preview', 'a.invite', '--rule', 'missing-next-step=off', '--rule', 'missing-context=warning'], dir).stdout, /warning .*missing-context/);
  });
});
