/**
 * Writes the copies that must agree with the code: package.json's settings
 * schema (the validation facts from the zod schema in server/src/settings.ts,
 * the `invite.rules` entries from the rule metadata) and README.md's rule
 * table. `npm run generate` writes them; `--check` only says which differ
 * (test/unit/generated.test.ts runs it, so a drift fails the tests).
 * Descriptions and scopes of the settings stay hand-written in package.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { RULES, SEVERITIES } from '../server/src/core/index';
import { settingsSchema } from '../server/src/settings';

const ROOT = join(__dirname, '..');
type Json = { [key: string]: unknown };

/** The keys of a JSON schema that say what a value may be; everything else in package.json is presentation. */
const VALIDATION_KEYS = ['type', 'default', 'minimum', 'maximum', 'minLength', 'maxLength', 'enum', 'items'];

const SEVERITY_DESCRIPTIONS: Record<string, string> = {
  off: 'Turn the rule off.',
  hint: 'Show as a hint (faded, no squiggle).',
  info: 'Show as information.',
  warning: 'Show as a warning.',
  error: 'Show as an error.',
};

/** `written` with its validation keys (and those of its `properties`, recursively) taken from `schema`. */
function withValidation(written: Json, schema: Json): Json {
  const out: Json = {};
  for (const key of VALIDATION_KEYS) if (schema[key] !== undefined) out[key] = schema[key];
  for (const [key, value] of Object.entries(written)) {
    if (VALIDATION_KEYS.includes(key) || key === 'properties') continue;
    // A record's values: from the schema, unless package.json closes the object (`false`).
    out[key] = key === 'additionalProperties' && value !== false && schema.additionalProperties !== undefined ? schema.additionalProperties : value;
  }
  const properties = schema.properties as Record<string, Json> | undefined;
  if (written.properties && properties) {
    out.properties = Object.fromEntries(Object.entries(written.properties as Record<string, Json>).map(([key, value]) => [key, withValidation(value, properties[key] ?? {})]));
  }
  return out;
}

/** The `invite.rules` entries: one per rule, in listing order. */
function ruleProperties(): Json {
  return Object.fromEntries(RULES.map(({ meta }) => [meta.id, {
    type: 'string',
    enum: [...SEVERITIES],
    enumDescriptions: SEVERITIES.map((s) => SEVERITY_DESCRIPTIONS[s]),
    markdownDescription: `${meta.description} Default: \`${meta.defaultSeverity}\`.`,
  }]));
}

/** package.json with its settings generated. */
export function generatedPackageJson(text: string): string {
  const pkg = JSON.parse(text) as Json;
  const properties = ((pkg.contributes as Json).configuration as Json).properties as Record<string, Json>;
  const schema = z.toJSONSchema(settingsSchema, { io: 'input' }) as Json;
  const shape = schema.properties as Record<string, Json>;
  // `trace.server` is one setting to VS Code and a nested object to the schema.
  const flat: Record<string, Json> = { 'invite.trace.server': (shape.trace.properties as Record<string, Json>).server };
  for (const [key, value] of Object.entries(shape)) if (key !== 'trace') flat[`invite.${key}`] = value;
  const missing = Object.keys(flat).filter((key) => !properties[key]);
  const extra = Object.keys(properties).filter((key) => !flat[key]);
  if (missing.length || extra.length) throw new Error(`package.json settings and server/src/settings.ts differ: missing ${missing.join(', ') || 'none'}, not in the schema ${extra.join(', ') || 'none'}`);
  for (const key of Object.keys(properties)) properties[key] = withValidation(properties[key], flat[key]);
  const rules = properties['invite.rules'];
  rules.properties = ruleProperties();
  rules.additionalProperties = false;
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

const FIX_WORDS = { fix: 'auto-fix', suggestion: 'quick fix', false: '—' } as const;

/** README.md with its rule table generated. */
export function generatedReadme(text: string): string {
  const header = '| rule | flags | default | fix |\n|---|---|---|---|\n';
  const start = text.indexOf(header);
  if (start === -1) throw new Error('README.md has no rule table');
  const end = text.indexOf('\n\n', start);
  const rows = RULES.map(({ meta }) => `| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${meta.description.replace(/\|/g, '\\|')} | ${meta.defaultSeverity} | ${FIX_WORDS[String(meta.fixable) as keyof typeof FIX_WORDS]} |`);
  return `${text.slice(0, start)}${header}${rows.join('\n')}${text.slice(end)}`;
}

/** The generated files: path → [current text, generated text]. */
export function generatedFiles(): Map<string, [string, string]> {
  const files = new Map<string, [string, string]>();
  for (const [name, generate] of [['package.json', generatedPackageJson], ['README.md', generatedReadme]] as const) {
    const current = readFileSync(join(ROOT, name), 'utf8');
    files.set(name, [current, generate(current)]);
  }
  return files;
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  const stale = [...generatedFiles()].filter(([, [current, generated]]) => current !== generated);
  for (const [name, [, generated]] of stale) {
    if (check) console.error(`${name} is not as generated: run npm run generate`);
    else writeFileSync(join(ROOT, name), generated);
  }
  if (check && stale.length > 0) process.exitCode = 1;
}
