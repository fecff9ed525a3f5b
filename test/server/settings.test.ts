import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core/index';
import { DEFAULT_SETTINGS, parseSettings, settingsSchema } from '../../server/src/settings';

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
