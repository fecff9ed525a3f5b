import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configJsonSchema } from '../../../server/src/config/configJsonSchema';
import { configSchema } from '../../../server/src/config/configSchema';
import { RULES } from '../../../server/src/core/index';
import { settingsSchema } from '../../../server/src/settings';

const root = resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

describe('config file: schema', () => {
  it('schemas/invite-lint.schema.json is generated from the zod schema (npm run schema)', () => {
    assert.deepEqual(JSON.parse(readFileSync(resolve(root, 'schemas/invite-lint.schema.json'), 'utf8')), configJsonSchema());
  });

  it('has the editor settings keys (but trace) and ignores', () => {
    const editorKeys = Object.keys(settingsSchema.shape).filter((k) => k !== 'trace');
    assert.deepEqual(Object.keys(configSchema.shape).filter((k) => k !== '$schema').sort(), [...editorKeys, 'ignores'].sort());
  });

  it('describes each key as its editor setting is, and lists every rule for completion', () => {
    const schema = configJsonSchema() as { properties: Record<string, { markdownDescription?: string; properties?: Record<string, { markdownDescription?: string }> }> };
    const settings = manifest.contributes.configuration.properties;
    assert.equal(schema.properties.limit.markdownDescription, settings['invite.limit'].markdownDescription);
    assert.ok(schema.properties.ignores.markdownDescription?.includes('gitignore'));
    assert.deepEqual(Object.keys(schema.properties.rules.properties ?? {}), RULES.map((r) => r.meta.id));
    for (const rule of Object.values(schema.properties.rules.properties ?? {})) assert.ok(rule.markdownDescription);
    assert.ok(schema.properties.phrases.properties?.allow.markdownDescription);
  });

  it('is contributed for JSON and YAML config files, and shipped in the .vsix', () => {
    const url = './schemas/invite-lint.schema.json';
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: ['.invite-lint.json', '.invite-lint.jsonc'], url }]);
    assert.deepEqual(manifest.contributes.yamlValidation, [{ fileMatch: ['.invite-lint.yaml', '.invite-lint.yml'], url }]);
    assert.match(readFileSync(resolve(root, '.vscodeignore'), 'utf8'), /^!schemas\/invite-lint\.schema\.json$/m);
  });
});
