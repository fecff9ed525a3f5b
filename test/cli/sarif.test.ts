import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../server/src/core/index';
import { artifactLocation } from '../../server/src/cli/formatSarif';
import { buildCliIfMissing, invite, TEMPLATES, workspaces } from './cliProcess';
import { sarifSchemaErrors } from './sarifSchema';

/** A repository with templates in `notes/`, linted from `notes/` as CI might. */
function repository(spaces: ReturnType<typeof workspaces>): string {
  const dir = spaces.create({
    'notes/a#b?c.invite': TEMPLATES.warning,
    'notes/sub dir/spaced.invite': TEMPLATES.spaced,
    'notes/missing.invite': `---\ncontacts: nobody.csv\n---\n${TEMPLATES.clean}`,
    'notes/contacts.json': '[\n  {"first-name": "Ann"},\n  "Bob"\n]\n',
  });
  mkdirSync(join(dir, '.git'));
  return dir;
}

describe('cli: SARIF for code scanning', () => {
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  it('is valid against the SARIF 2.1.0 schema, URIs included', () => {
    const dir = repository(spaces);
    const run = invite(['--format', 'sarif'], join(dir, 'notes'));
    const log = JSON.parse(run.stdout);
    assert.ok(log.runs[0].results.length >= 4, run.stdout);
    assert.deepEqual(sarifSchemaErrors(log), []);
  });

  it('the schema check catches what code scanning rejects (a relative informationUri)', () => {
    const dir = repository(spaces);
    const log = JSON.parse(invite(['--format', 'sarif'], join(dir, 'notes')).stdout);
    log.runs[0].tool.driver.informationUri = 'README.md';
    assert.notDeepEqual(sarifSchemaErrors(log), []);
  });

  it('describes every rule with a name, help text and absolute links', () => {
    const dir = repository(spaces);
    const { driver } = JSON.parse(invite(['--format', 'sarif'], dir).stdout).runs[0].tool;
    assert.equal(driver.informationUri, 'https://github.com/invite-lint/invite-lint');
    assert.deepEqual(driver.rules.map((r: { id: string }) => r.id), RULES.map((r) => r.meta.id));
    assert.ok(driver.rules.some((r: { id: string }) => r.id === 'contacts-file'));
    const canned = driver.rules[0];
    assert.equal(canned.name, 'CannedMessage');
    assert.equal(canned.helpUri, 'https://github.com/invite-lint/invite-lint/blob/main/docs/rules/canned-message.md');
    assert.equal(canned.help.text, `${RULES[0].meta.rationale}\n\nDocumentation: ${canned.helpUri}`);
    for (const rule of driver.rules) {
      assert.match(rule.name, /^[A-Z][A-Za-z]+$/);
      assert.match(rule.helpUri, /^https:\/\//);
      assert.ok(rule.help.text.length > 0 && rule.help.markdown.includes(rule.helpUri));
    }
  });

  it('gives every result a rule entry, the contacts ones included', () => {
    const dir = repository(spaces);
    const { results, tool } = JSON.parse(invite(['--format', 'sarif'], join(dir, 'notes')).stdout).runs[0];
    const contacts = results.filter((r: { ruleId: string }) => r.ruleId === 'contacts-file');
    assert.equal(contacts.length, 2, JSON.stringify(results));
    for (const result of results) assert.equal(tool.driver.rules[result.ruleIndex].id, result.ruleId);
  });

  it('locates files relative to the repository root, percent-encoded', () => {
    const dir = repository(spaces);
    const sarifRun = JSON.parse(invite(['--format', 'sarif'], join(dir, 'notes')).stdout).runs[0];
    assert.deepEqual(sarifRun.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(dir).href}/` } });
    const uris = new Set(sarifRun.results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }) => {
      const { uri, uriBaseId } = r.locations[0].physicalLocation.artifactLocation;
      assert.equal(uriBaseId, '%SRCROOT%');
      return uri;
    }));
    assert.deepEqual([...uris].sort(), ['notes/a%23b%3Fc.invite', 'notes/contacts.json', 'notes/missing.invite', 'notes/sub%20dir/spaced.invite']);
  });

  it('names a file outside the repository root by its absolute file URI', () => {
    assert.deepEqual(artifactLocation('/elsewhere/a#b.invite', '/repo'), { uri: 'file:///elsewhere/a%23b.invite' });
    assert.deepEqual(artifactLocation('/repo/..x/a.invite', '/repo'), { uri: '..x/a.invite', uriBaseId: '%SRCROOT%' });
  });
});
