/**
 * The `invite.*` settings: one zod schema with the defaults in it. A bad
 * value falls back to its default without discarding the other settings,
 * and is reported by name so the user can be told once.
 */
import * as z from 'zod/mini';
import { SEVERITIES, type LintOptions } from './core/index';
import { describeSettingIssue } from './settingProblem';

// zod/mini: the same validation as full zod at a tenth of the bundle size.
const severity = z.enum(SEVERITIES);
/**
 * Longest user phrase, in characters: a phrase is a few words (a note is at
 * most a few hundred characters), and the matcher built from a phrase of
 * some 12,000 characters is too large a regular expression to compile.
 */
export const MAX_PHRASE_LENGTH = 300;
const phrase = z.string().check(z.maxLength(MAX_PHRASE_LENGTH, `a phrase is at most ${MAX_PHRASE_LENGTH} characters`));
const phraseList = z._default(z.array(phrase), []);
const length = (min: number) => z.int().check(z.minimum(min), z.maximum(10000));

/** Every setting under `invite.`, with its default. The keys match package.json `contributes.configuration`. */
export const settingsSchema = z.object({
  limit: z._default(length(1), 300),
  contacts: z._default(z.string(), ''),
  sampleContact: z._default(z.string(), ''),
  rules: z._default(z.record(z.string(), severity), {}),
  phrases: z._default(z.object({ canned: phraseList, generic: phraseList, salesy: phraseList }), { canned: [], generic: [], salesy: [] }),
  assumedLengths: z._default(z.record(z.string(), length(0)), {}),
  maxProblems: z._default(z.int().check(z.minimum(1), z.maximum(100000)), 1000),
  trace: z._default(z.object({ server: z._default(z.enum(['off', 'messages', 'verbose']), 'off') }), { server: 'off' }),
});

export type Settings = z.infer<typeof settingsSchema>;

/** A setting that could not be used, by its full name (`invite.limit`), and a message that names it, its value and what it takes. */
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
    const parsed = (schema as z.ZodMiniType).safeParse(value === null ? undefined : value);
    if (parsed.success) {
      settings[key] = parsed.data;
    } else {
      settings[key] = (schema as z.ZodMiniType).parse(undefined);
      problems.push(describeSettingIssue(key, value, parsed.error.issues[0]));
    }
  }
  return { settings: settings as Settings, problems };
}

/** The core's lint options from settings (contacts are added by the caller). */
export function lintOptionsFrom(settings: Settings): LintOptions {
  return { limit: settings.limit, rules: settings.rules, phrases: settings.phrases, assumedLengths: settings.assumedLengths, maxProblems: settings.maxProblems };
}
