import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { configJsonSchema } from '../../../server/src/config/configJsonSchema';
import { readConfigFile } from '../../../server/src/config/readConfigFile';

describe('config file: reading', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'invite-config-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const read = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return readConfigFile(join(dir, name));
  };

  it('reads every key from JSON with comments and trailing commas', () => {
    const loaded = read('.invite-lint.jsonc', '{\n  // the team\'s\n  "limit": 200,\n  "contacts": "people.csv",\n  "sampleContact": "Ann",\n  "rules": { "salesy": "error" },\n  "phrases": { "generic": ["hope you are well"], "allow": ["coffee chat"] },\n  "assumedLengths": { "company": 12 },\n  "maxProblems": 50,\n  "ignores": ["drafts/**"],\n}\n');
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.config, {
      limit: 200,
      contacts: 'people.csv',
      sampleContact: 'Ann',
      rules: { salesy: 'error' },
      phrases: { generic: ['hope you are well'], allow: ['coffee chat'] },
      assumedLengths: { company: 12 },
      maxProblems: 50,
      ignores: ['drafts/**'],
    });
  });

  it('reads YAML', () => {
    const loaded = read('.invite-lint.yaml', 'limit: 200\nrules:\n  whitespace: off\n');
    assert.deepEqual(loaded, { path: join(dir, '.invite-lint.yaml'), config: { limit: 200, rules: { whitespace: 'off' } }, problems: [] });
  });

  it('names the line of each bad value and keeps the good keys', () => {
    const loaded = read('.invite-lint.json', '{\n  "limit": 200,\n  "rules": {\n    "salesy": "loud"\n  },\n  "maxProblems": 0,\n  "colour": "red"\n}\n');
    assert.deepEqual(loaded.config, { limit: 200 });
    assert.deepEqual(loaded.problems, [
      { line: 4, message: 'rules.salesy: expected one of off, hint, info, warning, error; "rules" ignored.' },
      { line: 6, message: 'maxProblems: at least 1; "maxProblems" ignored.' },
      { line: 7, message: 'unknown key "colour"; the keys are limit, contacts, sampleContact, rules, phrases, assumedLengths, maxProblems, ignores.' },
    ]);
  });

  it('names an unknown rule id and a value of the wrong type in YAML by line', () => {
    const loaded = read('.invite-lint.yaml', 'limit: short\nrules:\n  salesy: warning\n  sallesy: off\n');
    assert.deepEqual(loaded.problems, [
      { line: 1, message: 'limit: expected a number; "limit" ignored.' },
      { line: 4, message: 'rules: unknown key "sallesy"; "rules" ignored.' },
    ]);
  });

  it('names the line where the text stops parsing, and uses nothing from it', () => {
    assert.deepEqual(read('a.json', '{\n  "limit": 200\n  "rules": {}\n}\n'), { path: join(dir, 'a.json'), config: {}, problems: [{ line: 3, message: 'not valid JSON (comma expected); not used.' }] });
    const yaml = read('a.yaml', 'limit: 200\nrules: [\n');
    assert.equal(yaml.problems[0].line, 3);
    assert.match(yaml.problems[0].message, /^not valid YAML \(.*\); not used\.$/);
  });

  it('refuses a file that is not an object of settings, or not UTF-8', () => {
    assert.deepEqual(read('a.yaml', '- limit\n').problems, [{ line: 1, message: 'expected an object of settings (such as { "limit": 200 }), found a list; not used.' }]);
    assert.deepEqual(read('b.json', '\u0000').problems.length, 1);
    assert.deepEqual(read('c.yaml', '').problems, []);
  });

  it('its JSON schema agrees with the zod schema on what is valid', () => {
    const validate = new Ajv({ strict: false }).compile(configJsonSchema());
    assert.equal(validate({ limit: 200, rules: { salesy: 'off' }, phrases: { allow: ['x'] }, ignores: ['a/**'] }), true);
    assert.equal(validate({ rules: { sallesy: 'off' } }), false);
    assert.equal(validate({ limit: 0 }), false);
    assert.equal(validate({ colour: 'red' }), false);
  });
});
