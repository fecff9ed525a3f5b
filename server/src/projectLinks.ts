/**
 * Absolute links to the project's pages, built from package.json
 * `repository`: for places that need a URL that works anywhere (SARIF
 * uploaded to code scanning, JSON read by other tools), unlike the file
 * URIs the editor shows (lsp/ruleDocs.ts).
 */
import { repository } from '../../package.json';

/** The repository's web address, without `git+` and `.git`: https://github.com/owner/name. */
export const REPOSITORY_URL = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** The branch whose docs the links show. */
const DOCS_REF = 'main';

/** The web page of a file of the repository (a path with forward slashes, and an optional #anchor). */
export function repositoryPageUrl(path: string): string {
  return `${REPOSITORY_URL}/blob/${DOCS_REF}/${path}`;
}

/** The web page of a rule's documentation, docs/rules/<id>.md. */
export function ruleDocUrl(ruleId: string): string {
  return repositoryPageUrl(`docs/rules/${ruleId}.md`);
}
