/** Which config file a template uses: the nearest one, never above its boundary. */
import { dirname, join, resolve } from 'node:path';
import { isFile, realPath } from '../contacts/findContactsFile';
import { isInside } from '../pathInside';
import { CONFIG_FILE_NAMES } from './configSchema';

/**
 * The config file for the template at `templatePath`: the first of
 * CONFIG_FILE_NAMES in the template's folder, else in its parent, and so on
 * up to the boundary — `root` (the workspace folder, the CLI's working
 * folder) when the template is inside it, else the template's own folder.
 * A config file whose real path lies outside the boundary (a symbolic link
 * to elsewhere) is not used, as nothing outside the folder being linted is
 * read. Undefined when there is none.
 */
export function findConfigFile(templatePath: string, root?: string): string | undefined {
  const template = resolve(templatePath);
  const top = root !== undefined && isInside(resolve(root), template) ? resolve(root) : dirname(template);
  const realTop = realPath(top) ?? top;
  for (let dir = dirname(template); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(dir, name);
      if (isFile(path) && isInside(realTop, realPath(path) ?? path)) return path;
    }
    if (dir === top || dirname(dir) === dir) return undefined;
  }
}
