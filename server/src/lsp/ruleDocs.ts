/**
 * Where each rule's documentation lives: docs/rules/<id>.md beside the
 * bundle (in the .vsix and in the repository), as a file URI so the link
 * works offline.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

let docsDir: string | undefined;
/** Rule id → URI: every diagnostic carries one, and a large file has a thousand. */
const uris = new Map<string, string>();

function findDocsDir(): string {
  // dist/server.js → ../docs; server/src/lsp (tests from source) → ../../../docs.
  for (let dir = __dirname, i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (existsSync(candidate)) return candidate;
  }
  return path.join(__dirname, '..', 'docs', 'rules');
}

/** The URI of the rule's documentation page. */
export function ruleDocUri(ruleId: string): string {
  let uri = uris.get(ruleId);
  if (uri === undefined) {
    docsDir ??= findDocsDir();
    uris.set(ruleId, (uri = pathToFileURL(path.join(docsDir, `${ruleId}.md`)).href));
  }
  return uri;
}
