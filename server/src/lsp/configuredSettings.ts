/**
 * The settings a template is checked with in the editor: the editor's
 * `invite.*` settings with the template's config file (the nearest
 * `.invite-lint.{json,jsonc,yaml}` up to its workspace folder) laid over
 * them, so that the editor and the CLI give one verdict. Problems in a
 * config file are shown once each, naming the file and line.
 */
import * as path from 'node:path';
import { applyConfig } from '../config/applyConfig';
import { CONFIG_FILE_NAMES } from '../config/configSchema';
import type { ConfigLookup } from '../config/configLookup';
import type { Settings } from '../settings';
import { filePathOf } from './documentChecks';

/** Settings and a generation that moves when they or any config file change. */
export type SettingsFor = (uri: string) => { settings: Settings; generation: number };

/** True when `filePath` is named as a config file is. */
export function isConfigFile(filePath: string): boolean {
  return CONFIG_FILE_NAMES.includes(path.basename(filePath));
}

/**
 * `editorSettings` with each template's config file laid over them.
 * `rootFor` gives a document's workspace folder; `warn` shows a message.
 */
export function configuredSettings(editorSettings: SettingsFor, configs: ConfigLookup, rootFor: (uri: string) => string | undefined, warn: (message: string) => void): SettingsFor {
  const warned = new Set<string>();
  // One merged object per editor settings object and config file, kept while both stay the same.
  const merged = new WeakMap<Settings, Map<string, Settings>>();
  return (uri) => {
    const { settings, generation: editorGeneration } = editorSettings(uri);
    // Config generations in the high bits: the pair changes whenever either does.
    const generation = configs.generation * 2 ** 32 + editorGeneration;
    const root = rootFor(uri);
    const templatePath = filePathOf(uri) ?? (root === undefined ? undefined : path.join(root, 'untitled.invite'));
    if (templatePath === undefined) return { settings, generation };
    const loaded = configs.configFor(templatePath, root);
    if (!loaded) return { settings, generation };
    for (const problem of loaded.problems) {
      const message = `invite-lint: ${loaded.path}:${problem.line}: ${problem.message}`;
      if (warned.has(message)) continue;
      warned.add(message);
      warn(message);
    }
    let byConfig = merged.get(settings);
    if (!byConfig) merged.set(settings, (byConfig = new Map()));
    const key = `${configs.generation}\0${loaded.path}`;
    let result = byConfig.get(key);
    if (!result) byConfig.set(key, (result = applyConfig(settings, loaded.config, loaded.path)));
    return { settings: result, generation };
  };
}
