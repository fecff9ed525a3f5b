import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import type { PreviewCommand } from '../../server/src/cli/args';
import type { FileReport, Message } from '../../server/src/cli/fileReport';
import { formatStylish } from '../../server/src/cli/formatStylish';
import { runPreview } from '../../server/src/cli/preview';
import { buildCliIfMissing, invite, workspaces } from './cliProcess';

const plain = (_style: string, text: string) => text;

describe('cli: large output neither crashes nor floods', function () {
  this.timeout(60000);
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it('stylish prints a file with 200,000 problems', () => {
    const message: Message = { ruleId: 'whitespace', severity: 'hint', message: 'Double space.', line: 1, column: 1, endLine: 1, endColumn: 3, fixable: true };
    const report: FileReport = { path: '/w/a.invite', messages: Array.from({ length: 200_000 }, (_, i) => ({ ...message, line: i + 1 })) };
    const out = formatStylish([report], { cwd: '/w', paint: plain, fixing: false });
    assert.match(out, /^a\.invite\n {2}1:1 +hint {2}Double space\. {2}whitespace\n/);
    assert.match(out, /✖ 200000 problems \(0 errors, 0 warnings, 200000 hints\)/);
  });

  it('preview --all lists 150,000 contacts', async () => {
    const dir = spaces.create({
      'a.invite': 'Hi {{name}}\n',
      'contacts.csv': `First Name\n${Array.from({ length: 150_000 }, (_, i) => `P${i}`).join('\n')}\n`,
    });
    let out = '';
    const command: PreviewCommand = { kind: 'preview', file: join(dir, 'a.invite'), all: true, rules: Object.create(null) };
    const code = await runPreview(command, { cwd: dir, out: (t) => void (out += t), err: (t) => assert.fail(t), paint: plain });
    assert.equal(code, 0);
    assert.match(out, /^a\.invite · 150000 contacts from contacts\.csv · limit 300\n\n {2}P0 +5\/300 {2}✓\n/);
  });

  it('lists at most 1000 problems per file by default, or --max-problems, and says on stderr when it cut', () => {
    const dir = spaces.create({ 'a.invite': `Hi {{name}}, we met at {{where-met}}. {{reason}} Coffee?${' x  y'.repeat(3000)}\n` });
    const full = invite(['--format', 'json'], dir);
    assert.equal((JSON.parse(full.stdout) as { messages: unknown[] }[])[0].messages.length, 1000);
    assert.match(full.stderr, /^invite-lint: warning: a\.invite has more than 1000 problems; only the first 1000 are listed \(--max-problems\)\.$/m);
    const few = invite(['--max-problems', '5'], dir);
    assert.equal(few.stdout.split('\n').filter((l) => /^\s+1:\d+/.test(l)).length, 5);
    assert.match(few.stderr, /a\.invite has more than 5 problems; only the first 5 are listed/);
    const clean = invite(['--max-problems', '5000', '--format', 'json'], dir);
    assert.ok((JSON.parse(clean.stdout) as { messages: unknown[] }[])[0].messages.length > 3000);
    assert.equal(clean.stderr, '');
  });
});
