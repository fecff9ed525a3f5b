/**
 * Reads one config file: parse, then check each key against the schema. A
 * key with a bad value is left out (the setting below it applies) and
 * reported with its line; a file that cannot be read or parsed gives one
 * problem and no settings. Never throws.
 */
import { extname } from 'node:path';
import * as z from 'zod/mini';
import { readRegularFile } from '../readRegularFile';
import { configSchema, type ConfigFile } from './configSchema';
import { parseConfigText } from './parseConfigText';

/** A config file is a few lines; anything larger is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Something wrong in a config file, at a 1-based line. */
export interface ConfigProblem {
  readonly line: number;
  readonly message: string;
}

/** A config file read: the keys that are valid, and what was wrong. */
export interface LoadedConfig {
  /** Absolute path. */
  readonly path: string;
  readonly config: ConfigFile;
  readonly problems: readonly ConfigProblem[];
}

/** Problems named per key: a list of a thousand bad phrases needs no thousand messages. */
const MAX_ISSUES_PER_KEY = 5;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads and checks the config file at `path` (absolute). */
export function readConfigFile(path: string): LoadedConfig {
  const fail = (line: number, message: string): LoadedConfig => ({ path, config: {}, problems: [{ line, message }] });
  const read = readRegularFile(path, MAX_CONFIG_BYTES);
  if ('refused' in read) return fail(1, `${read.refused.message}; not used.`);
  let text: string;
  try {
    text = UTF8.decode(read.bytes);
  } catch {
    return fail(1, 'not UTF-8 text; not used.');
  }
  const ext = extname(path).toLowerCase();
  const parsed = parseConfigText(text, ext === '.yaml' || ext === '.yml');
  if (!('value' in parsed)) return fail(parsed.line, `${parsed.message}; not used.`);
  const { value } = parsed;
  if (value === null || value === undefined) return { path, config: {}, problems: [] };
  if (typeof value !== 'object' || Array.isArray(value)) return fail(1, `expected an object of settings (such as { "limit": 200 }), found ${Array.isArray(value) ? 'a list' : typeof value}; not used.`);
  const config: Record<string, unknown> = {};
  const problems: ConfigProblem[] = [];
  const shape = configSchema.shape as Record<string, z.ZodMiniType>;
  for (const [key, raw] of Object.entries(value)) {
    if (!Object.prototype.hasOwnProperty.call(shape, key)) {
      problems.push({ line: parsed.lineOf([key]), message: `unknown key "${key}"; the keys are ${Object.keys(shape).filter((k) => k !== '$schema').join(', ')}.` });
      continue;
    }
    const checked = shape[key].safeParse(raw);
    if (checked.success) {
      config[key] = checked.data;
      continue;
    }
    // The whole key is left out, and each thing wrong in it is named.
    for (const issue of checked.error.issues.slice(0, MAX_ISSUES_PER_KEY)) {
      const where = [key, ...issue.path];
      const line = issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? parsed.lineOf([...where, issue.keys[0]]) : parsed.lineOf(where);
      problems.push({ line, message: `${where.map(String).join('.')}: ${issueText(issue)}; "${key}" ignored.` });
    }
  }
  return { path, config: config as ConfigFile, problems };
}

/** A zod issue in plain words. */
function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'a whole number' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'too_big':
      return issue.origin === 'string' ? `at most ${issue.maximum} characters` : `at most ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string' ? `at least ${issue.minimum} character${issue.minimum === 1 ? '' : 's'}` : `at least ${issue.minimum}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_key':
      return 'unknown rule id';
    default:
      return issue.message;
  }
}
