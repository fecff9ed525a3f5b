import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { RULES } from '../../server/src/core/index';
import { buildCliIfMissing, invite, TEMPLATES, workspaces } from './cliProcess';

describe('cli: output formats', () => {
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it("prints ESLint's JSON shape, clean files included", () => {
    const dir = spaces.create({ 'clean.invite': TEMPLATES.clean, 'sub/spaced.invite': TEMPLATES.spaced });
    const run = invite(['--format', 'json'], dir);
    assert.equal(run.status, 0);
    assert.deepEqual(JSON.parse(run.stdout), [
      { filePath: join(dir, 'clean.invite'), messages: [], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] },
      {
        filePath: join(dir, 'sub/spaced.invite'),
        messages: [
          {
            ruleId: 'whitespace',
            severity: 1,
            level: 'hint',
            message: 'Double space.',
            line: 1,
            column: 13,
            endLine: 1,
            endColumn: 15,
            fix: { range: [12, 14], text: ' ' },
          },
        ],
        suppressedMessages: [],
        errorCount: 0,
        fatalErrorCount: 0,
        warningCount: 1,
        fixableErrorCount: 0,
        fixableWarningCount: 1,
        usedDeprecatedRules: [],
        source: TEMPLATES.spaced,
      },
    ]);
  });

  it('gives errors severity 2 and lists contacts problems as their own file', () => {
    const dir = spaces.create({
      'contacts.json': '[\n  {"first-name": "Ann", "where-met": "the Expo", "reason": "Parsers."},\n  "Bob"\n]\n',
      'canned.invite': TEMPLATES.canned,
    });
    const run = invite(['--format', 'json', '--rule', 'missing-name=off', '--rule', 'missing-context=off', '--rule', 'missing-reason=off', '--rule', 'missing-next-step=off'], dir);
    assert.equal(run.status, 1);
    const [contacts, canned] = JSON.parse(run.stdout);
    assert.deepEqual(contacts, {
      filePath: join(dir, 'contacts.json'),
      messages: [
        { ruleId: 'contacts-file', severity: 1, level: 'warning', message: 'Not a contact: a string where an object belongs; skipped.', line: 3, column: 1, endLine: 3, endColumn: 1 },
      ],
      suppressedMessages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 1,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
    assert.equal(canned.filePath, join(dir, 'canned.invite'));
    assert.deepEqual(canned.messages.map((m: { ruleId: string; severity: number; level: string }) => [m.ruleId, m.severity, m.level]), [['canned-message', 2, 'error']]);
    assert.deepEqual([canned.errorCount, canned.warningCount, canned.fixableErrorCount, canned.fixableWarningCount], [1, 0, 1, 0]);
  });

  it('prints SARIF 2.1.0 with every rule and relative locations', () => {
    const dir = spaces.create({ 'sub/spaced.invite': TEMPLATES.spaced, 'warn.invite': TEMPLATES.warning });
    const run = invite(['--format', 'sarif'], dir);
    assert.equal(run.status, 0);
    const log = JSON.parse(run.stdout);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    assert.equal(log.runs.length, 1);
    const [sarifRun] = log.runs;
    assert.equal(sarifRun.tool.driver.name, 'invite-lint');
    assert.equal(sarifRun.tool.driver.informationUri, 'https://github.com/invite-lint/invite-lint');
    assert.deepEqual(
      sarifRun.tool.driver.rules.slice(0, RULES.length).map((r: Record<string, unknown>) => [r.id, (r.shortDescription as { text: string }).text, (r.defaultConfiguration as { level: string }).level]),
      RULES.map(({ meta }) => [meta.id, meta.description, meta.defaultSeverity === 'error' ? 'error' : meta.defaultSeverity === 'warning' ? 'warning' : 'note']),
    );
    assert.deepEqual(sarifRun.results, [
      {
        ruleId: 'whitespace',
        ruleIndex: RULES.findIndex((r) => r.meta.id === 'whitespace'),
        level: 'note',
        message: { text: 'Double space.' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'sub/spaced.invite', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 13, endLine: 1, endColumn: 15 } } }],
      },
      {
        ruleId: 'missing-reason',
        ruleIndex: RULES.findIndex((r) => r.meta.id === 'missing-reason'),
        level: 'warning',
        message: { text: 'No reason to connect: say in one sentence why you are reaching out to this person.' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'warn.invite', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 14, endLine: 1, endColumn: 38 } } }],
      },
    ]);
  });

  it('counts columns after a byte order mark and across CRLF lines', () => {
    const dir = spaces.create({ 'a.invite': `\uFEFF---\r\nlimit: 300\r\n---\r\n${TEMPLATES.spaced.replace('\n', '\r\n')}` });
    const [file] = JSON.parse(invite(['--format', 'json'], dir).stdout);
    assert.deepEqual(file.messages.map((m: Record<string, unknown>) => [m.line, m.column, m.endLine, m.endColumn, m.fix]), [
      [4, 13, 4, 15, { range: [34, 36], text: ' ' }],
    ]);
  });
});
