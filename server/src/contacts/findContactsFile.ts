/** Which contacts file a template uses. */
import { realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** File names looked for next to a template and in its parent folders, in this order. */
export const CONTACTS_FILE_NAMES: readonly string[] = ['contacts.json', 'contacts.csv', 'Connections.csv'];

/** Where a template's contacts may be named. */
export interface ContactsLookup {
  /** The front matter's `contacts:` value, relative to the template. */
  readonly frontMatter?: string;
  /** The `contacts` setting (or `--contacts`): relative to `root` when given, else to the working directory. */
  readonly setting?: string;
  /** The workspace folder: front matter may not point outside it, and the search stops there. */
  readonly root?: string;
}

/** The contacts file found (absolute path), an error naming the file, or neither when there is none. */
export interface ContactsLocation {
  readonly path?: string;
  readonly error?: string;
}

/**
 * Finds the contacts for the template at `templatePath`: the front matter's
 * file, else the setting's, else the nearest contacts.json, contacts.csv or
 * Connections.csv in the template's folder or a parent (up to `root` when
 * the template is inside it, else up to the file system root).
 */
export function findContactsFile(templatePath: string, lookup: ContactsLookup = {}): ContactsLocation {
  const template = resolve(templatePath);
  const root = lookup.root === undefined ? undefined : resolve(lookup.root);
  if (lookup.frontMatter !== undefined) {
    const path = resolve(dirname(template), lookup.frontMatter);
    if (root !== undefined && (!isInside(root, path) || !isInside(realPath(root) ?? root, realPath(path) ?? path))) {
      return { error: `contacts: "${lookup.frontMatter}" points outside ${root}; refused.` };
    }
    return isFile(path) ? { path } : { error: `contacts: "${lookup.frontMatter}" ${notAFile(path)}.` };
  }
  if (lookup.setting !== undefined) {
    const path = root === undefined ? resolve(lookup.setting) : resolve(root, lookup.setting);
    return isFile(path) ? { path } : { error: `contacts setting: "${lookup.setting}" ${notAFile(path)}.` };
  }
  const stopAt = root !== undefined && isInside(root, template) ? root : undefined;
  for (let dir = dirname(template); ; dir = dirname(dir)) {
    for (const name of CONTACTS_FILE_NAMES) {
      const path = join(dir, name);
      if (isFile(path)) return { path };
    }
    if (dir === stopAt || dirname(dir) === dir) return {};
  }
}

/** True when `path` is `folder` or inside it (both absolute). */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The path with symbolic links resolved; undefined when it does not exist. */
function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Why `path` is no contacts file: "is a folder (…)" or "not found (…)". */
function notAFile(path: string): string {
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    // Missing: not found.
  }
  return `${folder ? 'is a folder, not a file' : 'not found'} (${path})`;
}
