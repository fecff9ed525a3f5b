/** The workspace folders, to find the folder a file belongs to (contacts paths may not escape it). */
import * as path from 'node:path';
import { filePathOf } from './documentChecks';

export interface WorkspaceRoots {
  set(uris: readonly string[]): void;
  change(added: readonly string[], removed: readonly string[]): void;
  /** The innermost workspace folder holding `uri`, as a path. */
  rootFor(uri: string): string | undefined;
}

export function workspaceRoots(): WorkspaceRoots {
  let roots: string[] = [];
  const toPaths = (uris: readonly string[]) => uris.map(filePathOf).filter((p): p is string => !!p);
  return {
    set(uris) {
      roots = toPaths(uris);
    },
    change(added, removed) {
      const gone = new Set(toPaths(removed));
      roots = [...roots.filter((r) => !gone.has(r)), ...toPaths(added)];
    },
    rootFor(uri) {
      const file = filePathOf(uri);
      if (!file) return roots[0];
      return roots
        .filter((r) => file === r || file.startsWith(r.endsWith(path.sep) ? r : r + path.sep))
        .sort((a, b) => b.length - a.length)[0];
    },
  };
}
