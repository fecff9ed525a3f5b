/**
 * Where settings come from: pulled per document with
 * `workspace/configuration` when the client supports it, else taken from
 * `didChangeConfiguration`. Validated by settings.ts; each bad value is
 * reported to the user once, by name.
 */
import type { ClientCapabilities, Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../settings';

export interface SettingsSource {
  init(capabilities: ClientCapabilities): void;
  canPull(): boolean;
  canWatch(): boolean;
  /** Fetch the settings for `uri` if not cached. */
  load(uri: string): Promise<void>;
  /** The settings for `uri` now, and a generation that changes whenever any settings change. */
  current(uri: string): { settings: Settings; generation: number };
  /** The client said settings changed (`pushed` is the notification's payload). */
  changed(pushed: unknown): void;
  forget(uri: string): void;
}

export function createSettingsSource(connection: Connection): SettingsSource {
  let pull = false;
  let watch = false;
  let generation = 0;
  let pushedSettings: Settings = DEFAULT_SETTINGS;
  const byUri = new Map<string, Settings>();
  const warned = new Set<string>();

  const accept = (raw: unknown): Settings => {
    const { settings, problems } = parseSettings(raw);
    for (const p of problems) {
      const key = `${p.name}: ${p.message}`;
      if (warned.has(key)) continue;
      warned.add(key);
      void connection.window.showWarningMessage(`invite-lint: setting "${p.name}" is invalid (${p.message})`);
    }
    return settings;
  };

  return {
    init(capabilities) {
      pull = !!capabilities.workspace?.configuration;
      watch = !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    },
    canPull: () => pull,
    canWatch: () => watch,
    async load(uri) {
      if (!pull || byUri.has(uri)) return;
      let raw: unknown;
      try {
        raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'invite' });
      } catch {
        raw = undefined;
      }
      byUri.set(uri, accept(raw));
      generation++;
    },
    current(uri) {
      return { settings: byUri.get(uri) ?? pushedSettings, generation };
    },
    changed(pushed) {
      generation++;
      byUri.clear();
      if (!pull) pushedSettings = accept((pushed as { invite?: unknown } | undefined)?.invite);
    },
    forget(uri) {
      byUri.delete(uri);
    },
  };
}
