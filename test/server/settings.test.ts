import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lint, RULES } from '../../server/src/core/index';
import { DEFAULT_SETTINGS, lintOptionsFrom, MAX_PHRASE_LENGTH, parseSettings, settingsSchema } from '../../server/src/settings';

const manifest = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
const contributed: Record<string, any> = manifest.contributes.configuration.properties;

/** The dotted setting names the schema accepts (trace.server is the one nested key). */
function schemaKeys(): string[] {
  return Object.keys(settingsSchema.shape).flatMap((k) => (k === 'trace' ? ['invite.trace.server'] : [`invite.${k}`]));
}

describe('settings', () => {
  it('package.json contributes exactly the keys the schema reads', () => {
    assert.deepEqual(Object.keys(contributed).sort(), schemaKeys().sort());
  });

  it('package.json defaults equal the schema defaults', () => {
    assert.equal(contributed['invite.limit'].default, DEFAULT_SETTINGS.limit);
    assert.equal(contributed['invite.contacts'].default, DEFAULT_SETTINGS.contacts);
    assert.equal(contributed['invite.sampleContact'].default, DEFAULT_SETTINGS.sampleContact);
    assert.equal(contributed['invite.trace.server'].default, DEFAULT_SETTINGS.trace.server);
  });

  it('package.json lists every rule id under invite.rules', () => {
    const listed = Object.keys(contributed['invite.rules'].properties ?? {}).sort();
    assert.deepEqual(listed, RULES.map((r) => r.meta.id).sort());
  });

  it('keeps good values and replaces each bad one with its default, by name', () => {
    const { settings, problems } = parseSettings({ limit: 'short', contacts: 'people.csv', rules: { salesy: 'loud' }, assumedLengths: { company: 20 } });
    assert.equal(settings.limit, 300);
    assert.equal(settings.contacts, 'people.csv');
    assert.deepEqual(settings.rules, {});
    assert.deepEqual(settings.assumedLengths, { company: 20 });
    assert.deepEqual(problems.map((p) => p.name), ['invite.limit', 'invite.rules.salesy']);
  });

  it('treats missing and null settings as defaults without problems', () => {
    assert.deepEqual(parseSettings(undefined), { settings: DEFAULT_SETTINGS, problems: [] });
    assert.deepEqual(parseSettings({ limit: null }).problems, []);
  });
});

describe('settings: phrases the matcher cannot take are refused at the edge', () => {
  it('a phrase over 300 characters makes invite.phrases fall back, once, by name', () => {
    const { settings, problems } = parseSettings({ phrases: { canned: ['word '.repeat(2400)], generic: ['fits anyone'] } });
    assert.deepEqual(settings.phrases, DEFAULT_SETTINGS.phrases);
    assert.deepEqual(problems, [{ name: 'invite.phrases.canned.0', message: 'invite.phrases.canned.0 is "word word word word word word word wor…; it takes at most 300 characters. Using the default.' }]);
    assert.equal(MAX_PHRASE_LENGTH, 300);
    assert.deepEqual(contributed['invite.phrases'].properties.canned.items.maxLength, MAX_PHRASE_LENGTH);
  });

  it('every phrase the schema accepts can be linted with', () => {
    const { settings } = parseSettings({ phrases: { canned: ['x'.repeat(300)], generic: ['word '.repeat(60).trim()], salesy: ['a-b '.repeat(75).trim()] } });
    assert.doesNotThrow(() => lint('Hi {{name}}, we met at the expo.\n', lintOptionsFrom(settings)));
  });
});
