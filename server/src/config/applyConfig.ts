/**
 * A config file's settings laid over the editor's (or the defaults): what
 * the file sets wins, key by key; `rules` and `assumedLengths` are merged
 * entry by entry, each `phrases` list the file sets replaces the one below.
 * Front matter still wins over both (the engine applies it).
 */
import { dirname, resolve } from 'node:path';
import type { Settings } from '../settings';
import type { ConfigFile } from './configSchema';

/** `settings` with `config` (read from the file at `configPath`) laid over them. */
export function applyConfig(settings: Settings, config: ConfigFile, configPath: string): Settings {
  return {
    ...settings,
    limit: config.limit ?? settings.limit,
    // Relative to the config file's folder, as front matter's is to the template's.
    contacts: config.contacts ? resolve(dirname(configPath), config.contacts) : settings.contacts,
    sampleContact: config.sampleContact ?? settings.sampleContact,
    rules: config.rules ? { ...settings.rules, ...(config.rules as Record<string, Settings['rules'][string]>) } : settings.rules,
    phrases: config.phrases ? { ...settings.phrases, ...config.phrases } : settings.phrases,
    assumedLengths: config.assumedLengths ? { ...settings.assumedLengths, ...config.assumedLengths } : settings.assumedLengths,
    maxProblems: config.maxProblems ?? settings.maxProblems,
  };
}
