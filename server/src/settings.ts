/**
 * The `invite.*` settings: one zod schema with the defaults in it. A bad
 * value falls back to its default without discarding the other settings,
 * and is reported by name so the user can be told once.
 */
import { z } from 'zod';
import { SEVERITIES, type LintOptions } from './core/index';

const severity = z.enum(SEVERITIES);
const phraseList = z.array(z.string()).default([]);

/** Every setting under `invite.`, with its default. The keys match package.json `contributes.configuration`. */
export const settingsSchema = z.object({
  limit: z.number().int().min(1).max(10000).default(300),
  contacts: z.string().default(''),
  sampleContact: z.string().default(''),
  rules: z.record(z.string(), severity).default({}),
  phrases: z.object({ canned: phraseList, generic: phraseList, salesy: phraseList }).default({ canned: [], generic: [], salesy: [] }),
  assumedLengths: z.record(z.string(), z.number().int().min(0).max(10000)).default({}),
  trace: z.object({ server: z.enum(['off', 'messages', 'verbose']).default('off') }).default({ server: 'off' }),
});

export type Settings = z.infer<typeof settingsSchema>;

/** A setting that could not be used, by its full name (`invite.limit`). */
export interface SettingProblem {
  readonly name: string;
  readonly message: string;
}

/** The defaults, as if nothing were set. */
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/**
 * Reads raw settings (anything the client sent) key by key: a key whose
 * value is invalid gets its default and a problem naming it.
 */
export function parseSettings(raw: unknown): { settings: Settings; problems: SettingProblem[] } {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const problems: SettingProblem[] = [];
  const settings: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(settingsSchema.shape)) {
    const value = Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined;
    const parsed = (schema as z.ZodType).safeParse(value === null ? undefined : value);
    if (parsed.success) {
      settings[key] = parsed.data;
    } else {
      settings[key] = (schema as z.ZodType).parse(undefined);
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `.${issue.path.join('.')}` : '';
      problems.push({ name: `invite.${key}${where}`, message: `${issue?.message ?? 'invalid value'}; using the default.` });
    }
  }
  return { settings: settings as Settings, problems };
}

/** The core's lint options from settings (contacts are added by the caller). */
export function lintOptionsFrom(settings: Settings): LintOptions {
  return { limit: settings.limit, rules: settings.rules, phrases: settings.phrases, assumedLengths: settings.assumedLengths };
}
