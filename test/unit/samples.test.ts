import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type LintResult } from '../../server/src/core/index';
import { loadContactsFile } from '../../server/src/contacts/index';

const SAMPLES = join(__dirname, '..', '..', 'samples');

/** Lints a sample with the contacts its front matter names, as the editor and CLI do. */
function lintSample(name: string): LintResult {
  const text = readFileSync(join(SAMPLES, name), 'utf8');
  const contactsPath = lint(text).settings.contacts;
  assert.ok(contactsPath, `${name} names its contacts in front matter`);
  const loaded = loadContactsFile(join(SAMPLES, contactsPath));
  assert.equal(loaded.error, undefined);
  assert.ok(loaded.contacts && loaded.contacts.size > 0, `${name}: contacts loaded`);
  return lint(text, { contacts: loaded.contacts });
}

const GOOD = ['met-at-event.invite', 'mutual-connection.invite', 'recruiter.invite', 'coworker.invite', 'admired-their-talk.invite', 'alumni.invite'];
const BAD: Record<string, string[]> = {
  'canned.invite': ['canned-message', 'missing-name', 'missing-context', 'missing-reason'],
  'generic.invite': ['generic-phrase', 'missing-name', 'missing-context', 'missing-reason'],
  'salesy.invite': ['salesy'],
  'too-long.invite': ['max-length'],
  'broken-placeholders.invite': ['placeholder-syntax', 'unknown-placeholder'],
};

describe('samples', () => {
  it('every sample is listed here and in samples/README.md', () => {
    const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.invite')).sort();
    assert.deepEqual(files, [...GOOD, ...Object.keys(BAD)].sort());
    const readme = readFileSync(join(SAMPLES, 'README.md'), 'utf8');
    for (const f of files) assert.ok(readme.includes(f), `README mentions ${f}`);
  });

  it('one sample uses contacts.json, the others Connections.csv', () => {
    const used = [...GOOD, ...Object.keys(BAD)].map((f) => lint(readFileSync(join(SAMPLES, f), 'utf8')).settings.contacts);
    assert.ok(used.includes('contacts.json'));
    assert.ok(used.every((c) => c === 'contacts.json' || c === 'Connections.csv'));
    assert.ok(existsSync(join(SAMPLES, 'contacts.json')) && existsSync(join(SAMPLES, 'Connections.csv')));
  });

  for (const name of GOOD) {
    it(`${name} has no warning or error for any contact`, () => {
      const loud = lintSample(name).problems.filter((p) => p.severity === 'warning' || p.severity === 'error');
      assert.deepEqual(loud.map((p) => `${p.ruleId}: ${p.message}`), []);
    });
  }

  for (const [name, rules] of Object.entries(BAD)) {
    it(`${name} shows ${rules.join(', ')}`, () => {
      const found = new Set(lintSample(name).problems.map((p) => p.ruleId));
      for (const rule of rules) assert.ok(found.has(rule), `${rule} in ${[...found].join(', ')}`);
    });
  }

  it('too-long.invite fits some contacts and not others', () => {
    const problem = lintSample('too-long.invite').problems.find((p) => p.ruleId === 'max-length')!;
    assert.match(problem.message, /^Over the 300-character limit for [1-9]\d* of 12 contacts/);
    assert.doesNotMatch(problem.message, /for 12 of 12/);
  });
});
