/**
 * Where settings come from: pulled per document with
 * `workspace/configuration` when the client supports it, else taken from
 * `didChangeConfiguration`. Validated by settings.ts; each bad value is
 * reported to the user once, by name.
 */
import { MessageType, ShowMessageNotification, type ClientCapabilities, type Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../settings';

export interface SettingsSource {
  init(capabilities: ClientCapabilities): void;
  canPull(): boolean;
  /** The client accepts a dynamic registration for configuration changes (it declared `didChangeConfiguration.dynamicRegistration`). */
  canRegisterChanges(): boolean;
  canWatch(): boolean;
  /** Fetch the settings for `uri` if not cached. */
  load(uri: string): Promise<void>;
  /** The settings for `uri` now, and a generation that changes whenever any settings change. */
  current(uri: string): { settings: Settings; generation: number };
  /** The client said settings changed (`pushed` is the notification's payload). */
  changed(pushed: unknown): void;
  forget(uri: string): void;
}

/**
 * `isOpen` tells whether a document is still open: settings that arrive
 * after their document closed are not kept.
 */
export function createSettingsSource(connection: Connection, isOpen: (uri: string) => boolean = () => true): SettingsSource {
  let pull = false;
  let register = false;
  let watch = false;
  let generation = 0;
  let pushedSettings: Settings = DEFAULT_SETTINGS;
  const byUri = new Map<string, Settings>();
  // One request per document at a time: the diagnostics and a hover that arrive together share it.
  const loading = new Map<string, Promise<void>>();
  const warned = new Set<string>();

  const accept = (raw: unknown): Settings => {
    const { settings, problems } = parseSettings(raw);
    for (const p of problems) {
      const key = `${p.name}: ${p.message}`;
      if (warned.has(key)) continue;
      warned.add(key);
      // A notification, not window/showMessageRequest: nothing to answer, so no editor shows a prompt or waits on one.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `invite-lint: ${p.message}` });
    }
    return settings;
  };

  return {
    init(capabilities) {
      pull = !!capabilities.workspace?.configuration;
      register = !!capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
      watch = !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    },
    canPull: () => pull,
    canRegisterChanges: () => register,
    canWatch: () => watch,
    load(uri) {
      if (!pull || byUri.has(uri)) return Promise.resolve();
      let pending = loading.get(uri);
      if (!pending) {
        const asked = generation;
        const request: Promise<void> = Promise.resolve(connection.workspace.getConfiguration({ scopeUri: uri, section: 'invite' }))
          .catch(() => undefined)
          .then((raw) => {
            if (loading.get(uri) === request) loading.delete(uri);
            // Settings that changed while this was asked for make the answer stale: the next load asks again.
            // A document closed meanwhile keeps nothing (its problems are still reported once).
            const settings = accept(raw);
            if (asked === generation && isOpen(uri)) byUri.set(uri, settings);
          });
        loading.set(uri, (pending = request));
      }
      return pending;
    },
    current(uri) {
      // Moves when any settings change, and when this document's own arrive (loading one document leaves the others' checks valid).
      return { settings: byUri.get(uri) ?? pushedSettings, generation: generation * 2 + (byUri.has(uri) ? 1 : 0) };
    },
    changed(pushed) {
      generation++;
      byUri.clear();
      loading.clear();
      if (!pull) pushedSettings = accept((pushed as { invite?: unknown } | undefined)?.invite);
    },
    forget(uri) {
      byUri.delete(uri);
      loading.delete(uri);
    },
  };
}
