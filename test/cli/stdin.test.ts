import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCliIfMissing, invite, TEMPLATES, workspaces } from './cliProcess';

/** `invite-lint args…` in `cwd` with `input` on standard input. */
const piped = (args: readonly string[], cwd: string, input: string) => invite(args, cwd, undefined, { env: { NO_COLOR: '1' }, input });

describe('cli: --stdin', () => {
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it('lints standard input, reported as <text> in the working folder', () => {
    const dir = spaces.create({ 'other.invite': TEMPLATES.canned });
    const run = piped(['--stdin', '--format', 'json'], dir, TEMPLATES.warning);
    const results = JSON.parse(run.stdout);
    assert.deepEqual(results.map((r: { filePath: string }) => r.filePath), [join(dir, '<text>')]);
    assert.deepEqual(results[0].messages.map((m: { ruleId: string }) => m.ruleId), ['missing-reason']);
    assert.equal(run.status, 0);
  });

  it('`-` is standard input too', () => {
    const dir = spaces.create({});
    const run = piped(['-', '--format', 'unix'], dir, TEMPLATES.canned);
    assert.match(run.stdout, /^<text>:1:1: .*\[error\/canned-message\]$/m);
    assert.equal(run.status, 1);
  });

  it('--stdin-filename names the report and is where contacts are found from', () => {
    const dir = spaces.create({ 'team/contacts.csv': 'First Name,Last Name,Company\nAnn,Lee,Acme\n', 'contacts.csv': 'First Name,Where Met\nBo,the fair\n' });
    const run = piped(['--stdin', '--stdin-filename', 'team/new.invite', '--format', 'unix'], dir, 'Hi {{name}}, we met at {{where-met}}. {{reason}} Coffee next week?\n');
    // team/contacts.csv (Ann, no where-met) is used, not the working folder's (Bo, who has one).
    assert.match(run.stdout, /^team\/new\.invite:1:24: Ann Lee has no where-met\b.*\[warning\/missing-value\]$/m);
    assert.ok(!run.stdout.includes('Bo'), run.stdout);
  });

  it('--fix-dry-run gives the fixed text; --fix is refused', () => {
    const dir = spaces.create({});
    const [result] = JSON.parse(piped(['--stdin', '--fix-dry-run', '--format', 'json'], dir, TEMPLATES.spaced).stdout);
    assert.equal(result.output, TEMPLATES.clean);
    const refused = piped(['--stdin', '--fix'], dir, TEMPLATES.spaced);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /--fix writes files and standard input is none/);
  });

  it('refuses paths with --stdin, --stdin-filename without it, and text that is not UTF-8', () => {
    const dir = spaces.create({ 'a.invite': TEMPLATES.clean });
    assert.equal(piped(['--stdin', 'a.invite'], dir, '').status, 2);
    assert.match(piped(['--stdin-filename', 'a.invite'], dir, '').stderr, /--stdin-filename goes with --stdin/);
    const binary = invite(['--stdin'], dir, undefined, { env: { NO_COLOR: '1' }, input: '\u0000\u0001' });
    assert.equal(binary.status, 2);
    assert.equal(binary.stderr, 'invite-lint: <text>: not UTF-8 text.\n');
    assert.equal(readFileSync(join(dir, 'a.invite'), 'utf8'), TEMPLATES.clean);
  });
});
