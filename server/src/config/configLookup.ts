/** Config files found and read for the templates of one run or one server, each folder looked up once. */
import { dirname } from 'node:path';
import { findConfigFile } from './findConfigFile';
import { readConfigFile, type LoadedConfig } from './readConfigFile';

/** Finds and reads the config file of a template; `invalidate` forgets everything (a config file changed). */
export interface ConfigLookup {
  /** The config that applies to the template at `templatePath` inside `root`, or undefined when there is none. */
  configFor(templatePath: string, root?: string): LoadedConfig | undefined;
  invalidate(): void;
  /** Moves whenever `invalidate` is called. */
  readonly generation: number;
}

/** A lookup with nothing cached. */
export function createConfigLookup(): ConfigLookup {
  const byFolder = new Map<string, string | undefined>();
  const byPath = new Map<string, LoadedConfig>();
  let generation = 0;
  return {
    configFor(templatePath, root) {
      const key = `${dirname(templatePath)}\0${root ?? ''}`;
      let path: string | undefined;
      if (byFolder.has(key)) path = byFolder.get(key);
      else byFolder.set(key, (path = findConfigFile(templatePath, root)));
      if (path === undefined) return undefined;
      let loaded = byPath.get(path);
      if (!loaded) byPath.set(path, (loaded = readConfigFile(path)));
      return loaded;
    },
    invalidate() {
      byFolder.clear();
      byPath.clear();
      generation++;
    },
    get generation() {
      return generation;
    },
  };
}
