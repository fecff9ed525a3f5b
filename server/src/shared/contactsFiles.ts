/**
 * Which files may hold contacts, for the file watchers of the client and
 * the server: a change to one re-reads it and re-checks open templates.
 * Constants only.
 */

/** Glob of the files watched as contacts (CSV, JSON, vCard). */
export const CONTACTS_FILES_GLOB = '**/*.{csv,json,vcf,vcard}';

/** True when `path` names a file that may hold contacts (by its extension, as CONTACTS_FILES_GLOB). */
export function isContactsFileName(path: string): boolean {
  return /\.(csv|json|vcf|vcard)$/i.test(path);
}
