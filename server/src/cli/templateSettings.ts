/**
 * The settings each template of a CLI run is linted with: the defaults,
 * then its config file (`--config FILE`, else the nearest
 * `.invite-lint.{json,jsonc,yaml}` from its folder up to the working
 * folder), then the options named on the command line. Front matter wins
 * over all of them (the engine applies it).
 */
import { applyConfig } from '../config/applyConfig';
import { createConfigLookup } from '../config/configLookup';
import { readConfigFile, type LoadedConfig } from '../config/readConfigFile';
import type { Severity } from '../core/index';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { DEFAULT_MAX_PROBLEMS } from './args';
import { displayPath } from './files';

/** What the command line sets; each wins over the config file. */
export interface CommandLineSettings {
  readonly cwd: string;
  readonly limit?: number;
  readonly rules: Readonly<Record<string, Severity>>;
  readonly maxProblems?: number;
  /** `--config`, absolute. */
  readonly config?: string;
}

/** A template's settings, and the problems of its config file the first time this run reads it. */
export interface TemplateSettings {
  readonly settings: Settings;
  /** The config file used, absolute. */
  readonly configPath?: string;
  /** Its `ignores`. */
  readonly ignores: readonly string[];
  /** One line each, `file:line: message`, only the first time the file is used. */
  readonly configProblems: readonly string[];
}

/** The config file of each template of a run: `config` (`--config`, absolute) for all, else each one's nearest inside `cwd`. */
export function configSource(cwd: string, config?: string): (templatePath: string) => LoadedConfig | undefined {
  const lookup = createConfigLookup();
  let named: LoadedConfig | undefined;
  return (templatePath) => (config !== undefined ? (named ??= readConfigFile(config)) : lookup.configFor(templatePath, cwd));
}

/** A lookup for the templates of one run. */
export function settingsLookup(options: CommandLineSettings): (templatePath: string) => TemplateSettings {
  const configFor = configSource(options.cwd, options.config);
  const reported = new Set<string>();
  const base: Settings = { ...DEFAULT_SETTINGS, maxProblems: DEFAULT_MAX_PROBLEMS };
  return (templatePath) => {
    const loaded = configFor(templatePath);
    const fromFile = loaded ? applyConfig(base, loaded.config, loaded.path) : base;
    const settings: Settings = {
      ...fromFile,
      limit: options.limit ?? fromFile.limit,
      rules: { ...fromFile.rules, ...options.rules },
      maxProblems: options.maxProblems ?? fromFile.maxProblems,
    };
    let configProblems: string[] = [];
    if (loaded && !reported.has(loaded.path)) {
      reported.add(loaded.path);
      const shown = displayPath(loaded.path, options.cwd);
      configProblems = loaded.problems.map((p) => `${shown}:${p.line}: ${p.message}`);
    }
    return { settings, configPath: loaded?.path, ignores: loaded?.config.ignores ?? [], configProblems };
  };
}
