/** Which contacts file a template uses. */
import { realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isInside } from '../pathInside';

/** File names looked for next to a template and in its parent folders, in this order. */
export const CONTACTS_FILE_NAMES: readonly string[] = ['contacts.json', 'contacts.csv', 'contacts.vcf', 'Connections.csv'];

/** Where a template's contacts may be named. */
export interface ContactsLookup {
  /** The front matter's `contacts:` value, relative to the template's folder. */
  readonly frontMatter?: string;
  /** The `invite.contacts` setting: relative to `root`, else to the template's folder. */
  readonly setting?: string;
  /** A file the user named on the command line (`--contacts`), absolute: used as it is, as the templates named there are. */
  readonly named?: string;
  /** The workspace folder (the CLI's working folder). */
  readonly root?: string;
}

/** The contacts file found (absolute path), an error naming the file, or neither when there is none. */
export interface ContactsLocation {
  readonly path?: string;
  readonly error?: string;
}

/**
 * Finds the contacts for the template at `templatePath`: the front matter's
 * file, else `named`, else the setting's, else the nearest contacts.json,
 * contacts.csv, contacts.vcf or Connections.csv in the template's folder or a parent.
 *
 * Every file found except `named` must lie inside the template's boundary:
 * `root` when the template is inside it, else the template's own folder.
 * Both the path as written and its real path (symbolic links resolved) are
 * checked, so a link that leads outside is refused like `../../etc/passwd`;
 * the search for the nearest file never climbs above the boundary.
 */
export function findContactsFile(templatePath: string, lookup: ContactsLookup = {}): ContactsLocation {
  const template = resolve(templatePath);
  const root = lookup.root === undefined ? undefined : resolve(lookup.root);
  const boundary = root !== undefined && isInside(root, template) ? root : dirname(template);
  const confined = (path: string, what: string): ContactsLocation => {
    if (!isInside(boundary, path) || !isInside(realPath(boundary) ?? boundary, realPath(path) ?? path)) return { error: `${what} points outside ${boundary}; refused.` };
    return isFile(path) ? { path } : { error: `${what} ${notAFile(path)}.` };
  };
  if (lookup.frontMatter !== undefined) return confined(resolve(dirname(template), lookup.frontMatter), `contacts: "${lookup.frontMatter}"`);
  if (lookup.named !== undefined) {
    const path = resolve(lookup.named);
    return isFile(path) ? { path } : { error: `--contacts "${lookup.named}" ${notAFile(path)}.` };
  }
  if (lookup.setting !== undefined) return confined(resolve(root ?? dirname(template), lookup.setting), `contacts setting: "${lookup.setting}"`);
  for (let dir = dirname(template); ; dir = dirname(dir)) {
    for (const name of CONTACTS_FILE_NAMES) {
      const path = join(dir, name);
      if (isFile(path)) return confined(path, `"${path}"`);
    }
    if (dir === boundary || dirname(dir) === dir) return {};
  }
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
