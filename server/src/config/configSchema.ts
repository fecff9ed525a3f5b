/**
 * The config file, `.invite-lint.json`, `.invite-lint.jsonc` or
 * `.invite-lint.yaml`: the editor's `invite.*` settings (same keys, same
 * checks) plus `ignores`, every key optional. One zod schema; the JSON
 * schema the editor validates the file with is generated from it
 * (configJsonSchema.ts, `npm run schema`).
 */
import * as z from 'zod/mini';
import { RULES, SEVERITIES } from '../core/index';
import { MAX_PHRASE_LENGTH, settingsSchema } from '../settings';

/** The names looked for in each folder, in this order: the first found is the folder's config. */
export const CONFIG_FILE_NAMES: readonly string[] = ['.invite-lint.json', '.invite-lint.jsonc', '.invite-lint.yaml', '.invite-lint.yml'];

/** A settings field's schema without its default: a key missing from the file is not set by it. */
function field<K extends keyof typeof settingsSchema.shape>(key: K) {
  const schema = settingsSchema.shape[key];
  return (schema._zod.def as { innerType: z.ZodMiniType }).innerType as (typeof schema)['_zod']['def'] extends { innerType: infer T } ? T : never;
}

const severity = z.enum(SEVERITIES);
const phraseList = z.array(z.string().check(z.maxLength(MAX_PHRASE_LENGTH, `a phrase is at most ${MAX_PHRASE_LENGTH} characters`)));

/** Every key of a config file. */
export const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  limit: z.optional(field('limit')),
  contacts: z.optional(field('contacts')),
  sampleContact: z.optional(field('sampleContact')),
  rules: z.optional(z.partialRecord(z.enum(RULES.map((r) => r.meta.id) as [string, ...string[]]), severity)),
  phrases: z.optional(
    z.strictObject({
      canned: z.optional(phraseList),
      generic: z.optional(phraseList),
      salesy: z.optional(phraseList),
      allow: z.optional(phraseList),
    }),
  ),
  assumedLengths: z.optional(field('assumedLengths')),
  maxProblems: z.optional(field('maxProblems')),
  /** Globs (gitignore syntax, relative to the config file's folder) of templates not to lint; `!` re-includes. */
  ignores: z.optional(z.array(z.string().check(z.minLength(1)))),
});

export type ConfigFile = z.infer<typeof configSchema>;
