import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { didYouMean } from '../../server/src/cli/didYouMean';
import { wantsColor } from '../../server/src/cli/colors';
import { buildCliIfMissing, invite, TEMPLATES, workspaces } from './cliProcess';

const ESC = '\x1b[';

describe('cli: options', () => {
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  describe('did you mean', () => {
    it('suggests a name only when it is a typo of it', () => {
      assert.equal(didYouMean('--quite', ['--quiet', '--limit']), '--quiet');
      assert.equal(didYouMean('--no-colour', ['--no-color', '--contacts']), '--no-color');
      assert.equal(didYouMean('--stdn', ['--stdin', '--limit']), '--stdin');
      assert.equal(didYouMean('--stdin', ['--limit', '--contacts']), undefined);
      assert.equal(didYouMean('--frobnicate', ['--format', '--fix']), undefined);
      assert.equal(didYouMean('salesyness', ['salesy']), undefined);
    });

    it('an unknown option far from every known one gets no suggestion', () => {
      const dir = spaces.create({ 'a.invite': TEMPLATES.clean });
      assert.equal(invite(['--frobnicate'], dir).stderr, 'invite-lint: unknown option --frobnicate. Run invite-lint --help for usage.\n');
      assert.equal(invite(['--quite'], dir).stderr, 'invite-lint: unknown option --quite; did you mean --quiet? Run invite-lint --help for usage.\n');
      assert.match(invite(['--rule', 'nothing-like-it=off'], dir).stderr, /^invite-lint: unknown rule "nothing-like-it" in --rule; the rules are canned-message, /);
    });
  });

  describe('colour', () => {
    it('follows --color, --no-color, FORCE_COLOR, NO_COLOR, then the terminal', () => {
      const tty = { isTTY: true };
      const pipe = {};
      assert.equal(wantsColor(pipe, {}), false);
      assert.equal(wantsColor(tty, {}), true);
      assert.equal(wantsColor(tty, { NO_COLOR: '1' }), false);
      assert.equal(wantsColor(tty, { NO_COLOR: '' }), true);
      assert.equal(wantsColor(pipe, { FORCE_COLOR: '1' }), true);
      assert.equal(wantsColor(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }), true);
      assert.equal(wantsColor(tty, { FORCE_COLOR: '0' }), false);
      assert.equal(wantsColor(tty, { FORCE_COLOR: 'false' }), false);
      assert.equal(wantsColor(pipe, { NO_COLOR: '1' }, true), true);
      assert.equal(wantsColor(tty, { FORCE_COLOR: '1' }, false), false);
    });

    it('FORCE_COLOR and --color colour output to a pipe; --no-color wins over FORCE_COLOR', () => {
      const dir = spaces.create({ 'a.invite': TEMPLATES.warning });
      assert.ok(invite([], dir, undefined, { env: { FORCE_COLOR: '1' } }).stdout.includes(ESC));
      assert.ok(invite(['--color'], dir, undefined, { env: {} }).stdout.includes(ESC));
      assert.ok(!invite([], dir, undefined, { env: {} }).stdout.includes(ESC));
      assert.ok(!invite(['--no-color'], dir, undefined, { env: { FORCE_COLOR: '1' } }).stdout.includes(ESC));
      assert.equal(invite(['--color', '--no-color'], dir).status, 2);
    });
  });

  describe('--output-file', () => {
    it('writes the report to the file, making its folder, and nothing to stdout', () => {
      const dir = spaces.create({ 'a.invite': TEMPLATES.warning });
      const run = invite(['--format', 'json', '--output-file', 'reports/lint.json'], dir);
      assert.equal(run.stdout, '');
      assert.equal(run.status, 0);
      assert.equal(JSON.parse(readFileSync(join(dir, 'reports/lint.json'), 'utf8'))[0].messages[0].ruleId, 'missing-reason');
    });

    it('has no colour in the file unless --color asks', () => {
      const dir = spaces.create({ 'a.invite': TEMPLATES.warning });
      invite(['-o', 'plain.txt'], dir, undefined, { env: {} });
      assert.ok(!readFileSync(join(dir, 'plain.txt'), 'utf8').includes(ESC));
      assert.match(readFileSync(join(dir, 'plain.txt'), 'utf8'), /missing-reason/);
    });

    it('names a file it cannot write, with exit code 2', () => {
      const dir = spaces.create({ 'a.invite': TEMPLATES.warning, 'taken/x': '' });
      const run = invite(['--output-file', 'taken/x/report.txt'], dir);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^invite-lint: taken\/x\/report\.txt: cannot write the report \(/);
    });
  });

  describe('--fix-dry-run', () => {
    it('reports the fixed text as JSON output and leaves the file as it is', () => {
      const dir = spaces.create({ 'a.invite': TEMPLATES.spaced });
      const run = invite(['--fix-dry-run', '--format', 'json'], dir);
      const [result] = JSON.parse(run.stdout);
      assert.equal(result.output, TEMPLATES.clean);
      assert.equal(result.source, undefined);
      assert.deepEqual(result.messages, []);
      assert.equal(readFileSync(join(dir, 'a.invite'), 'utf8'), TEMPLATES.spaced);
    });

    it('does not go with --fix', () => {
      const dir = spaces.create({ 'a.invite': TEMPLATES.spaced });
      const run = invite(['--fix-dry-run', '--fix'], dir);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /use either --fix or --fix-dry-run/);
      assert.equal(readFileSync(join(dir, 'a.invite'), 'utf8'), TEMPLATES.spaced);
    });
  });
});
