/**
 * The JSON schema of a config file (schemas/invite-lint.schema.json, written
 * by `npm run schema`), for the editor's validation, hover and completion:
 * generated from the zod schema, with each key described as its editor
 * setting is in package.json (the same keys), every rule id listed, and
 * `ignores` described. Not bundled: only the script and the tests use it.
 */
import * as z from 'zod/mini';
import { contributes } from '../../../package.json';
import { configSchema } from './configSchema';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema> };

/** The JSON schema of a config file. */
export function configJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' }) as JsonSchema;
  const settings = contributes.configuration.properties as Record<string, JsonSchema>;
  const properties: Record<string, JsonSchema> = {};
  for (const [key, schema] of Object.entries(generated.properties ?? {})) {
    const setting = settings[`invite.${key}`];
    properties[key] = { ...schema, ...(setting ? { markdownDescription: setting.markdownDescription } : {}) };
  }
  properties.$schema = { ...properties.$schema, description: 'The JSON schema of this file.' };
  properties.ignores = { ...properties.ignores, markdownDescription: 'Templates the CLI leaves out, in gitignore syntax relative to this file\'s folder (`drafts/**`); `!` takes one back. Added to what `.gitignore` files ignore.' };
  // Each rule with its description, for completion; the values are checked as the generated schema checks them.
  const ruleSettings = settings['invite.rules'].properties ?? {};
  properties.rules = {
    ...properties.rules,
    properties: Object.fromEntries(Object.entries(ruleSettings).map(([id, rule]) => [id, { type: 'string', enum: rule.enum, markdownDescription: rule.markdownDescription }])),
  };
  const phraseSettings = settings['invite.phrases'].properties ?? {};
  const phrases = properties.phrases.properties ?? {};
  properties.phrases = {
    ...properties.phrases,
    properties: Object.fromEntries(Object.entries(phrases).map(([list, schema]) => [list, { ...schema, markdownDescription: phraseSettings[list]?.markdownDescription }])),
  };
  const { $schema: _draft, ...rest } = generated;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'invite-lint config file',
    description: 'Settings for invite-lint, shared by the editor and the CLI: .invite-lint.json, .invite-lint.jsonc or .invite-lint.yaml. Front matter wins over these; these win over the editor settings.',
    ...rest,
    properties,
  };
}
