import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { templateMessages } from '../../server/src/cli/fileReport';
import { formatterCandidates } from '../../server/src/cli/eslintFormatter';
import { buildCliIfMissing, invite, TEMPLATES, workspaces } from './cliProcess';

/** Templates with a fix, a quick fix (suggestion) and an error. */
const FILES = {
  'spaced.invite': TEMPLATES.spaced,
  'warn.invite': TEMPLATES.warning,
  'canned.invite': TEMPLATES.canned,
};

/** An ESLint that knows the .invite files, so that its formatters can look up the rules' metadata for them. */
async function eslintFor(dir: string, results: readonly { filePath: string }[]): Promise<ESLint> {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: { files: ['**/*.invite'] } });
  for (const result of results) await eslint.calculateConfigForFile(result.filePath);
  return eslint;
}

describe("cli: ESLint's JSON and formatters", () => {
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it("gives every result ESLint's fields and the quick fixes as suggestions", () => {
    const dir = spaces.create(FILES);
    const results = JSON.parse(invite(['--format', 'json'], dir).stdout);
    for (const result of results) {
      assert.deepEqual([result.suppressedMessages, result.fatalErrorCount, result.usedDeprecatedRules], [[], 0, []]);
    }
    const warn = results.find((r: { filePath: string }) => r.filePath === join(dir, 'warn.invite'));
    const reason = warn.messages.find((m: { ruleId: string }) => m.ruleId === 'missing-reason');
    assert.ok(reason.suggestions.length > 0, JSON.stringify(reason));
    for (const s of reason.suggestions) {
      assert.equal(typeof s.desc, 'string');
      assert.equal(s.fix.range.length, 2);
      assert.equal(typeof s.fix.text, 'string');
    }
  });

  for (const name of ['json-with-metadata', 'html']) {
    it(`is taken by ESLint's ${name} formatter loaded through ESLint#loadFormatter`, async () => {
      const dir = spaces.create(FILES);
      const results = JSON.parse(invite(['--format', 'json'], dir).stdout);
      const eslint = await eslintFor(dir, results);
      const formatter = await eslint.loadFormatter(name);
      const output = await formatter.format(results, { cwd: dir, rulesMeta: {} } as never);
      assert.ok(output.includes('canned-message'), output.slice(0, 500));
      if (name === 'json-with-metadata') assert.equal(JSON.parse(output).results.length, 3);
      else assert.match(output, /3 problems|\d+ problems/);
    });
  }

  it('merges a fix of several edits into one, as ESLint writes it', () => {
    const text = '\uFEFFabcdef';
    const [message] = templateMessages(text, [
      { ruleId: 'whitespace', severity: 'hint', message: 'm', start: 1, end: 2, fix: { title: 't', edits: [{ start: 4, end: 5, text: 'Y' }, { start: 1, end: 2, text: 'X' }] }, suggestions: [{ title: 'add', edits: [{ start: 7, end: 7, text: '!' }] }] },
    ]);
    assert.deepEqual(message.fix, { range: [0, 4], text: 'XbcY' });
    assert.deepEqual(message.suggestions, [{ desc: 'add', fix: { range: [6, 6], text: '!' } }]);
  });

  it('--format takes an ESLint formatter package from the working folder, with the rules metadata', () => {
    const dir = spaces.create({
      ...FILES,
      'node_modules/eslint-formatter-tally/package.json': '{ "name": "eslint-formatter-tally", "main": "index.js" }',
      'node_modules/eslint-formatter-tally/index.js':
        "module.exports = (results, context) => results.map((r) => `${r.filePath.split('/').pop()} ${r.errorCount}/${r.warningCount} ${r.messages.map((m) => context.rulesMeta[m.ruleId].docs.url.split('/').pop()).join(',')}`).join('\\n') + '\\n';\n",
    });
    const run = invite(['--format', 'tally', '--rule', 'missing-next-step=off', 'canned.invite', 'spaced.invite'], dir);
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, 'canned.invite 1/3 canned-message.md,missing-name.md,missing-context.md,missing-reason.md\nspaced.invite 0/1 whitespace.md\n');
    assert.equal(run.status, 1);
  });

  it('--format takes an ES module formatter by path', () => {
    const dir = spaces.create({ ...FILES, 'fmt/count.mjs': 'export default async (results) => `${results.length} files\\n`;\n' });
    const run = invite(['--format', './fmt/count.mjs'], dir);
    assert.equal(run.stdout, '3 files\n');
  });

  it('names a formatter that is not installed, with exit code 2', () => {
    const dir = spaces.create(FILES);
    const run = invite(['--format', 'nosuch'], dir);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'invite-lint: --format takes stylish, json, sarif, unix or an installed ESLint formatter; "nosuch" is none (no eslint-formatter-nosuch or nosuch found from the current folder).\n');
    assert.equal(run.stdout, '');
    assert.ok(!run.stderr.includes('    at '));
  });

  it('looks for formatter names as ESLint does', () => {
    assert.deepEqual(formatterCandidates('gitlab'), ['eslint-formatter-gitlab', 'gitlab']);
    assert.deepEqual(formatterCandidates('eslint-formatter-x'), ['eslint-formatter-x']);
    assert.deepEqual(formatterCandidates('@microsoft/sarif'), ['@microsoft/eslint-formatter-sarif', '@microsoft/sarif']);
    assert.deepEqual(formatterCandidates('@acme'), ['@acme/eslint-formatter']);
  });
});
