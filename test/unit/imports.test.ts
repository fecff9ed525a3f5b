import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

interface ImportLine {
  readonly file: string;
  readonly specifier: string;
  readonly typeOnly: boolean;
}

/** Every `import … from '…'`, `export … from '…'`, `import('…')` and `require('…')` of the files under `dir`. */
function importsUnder(dir: string): ImportLine[] {
  return tsFiles(join(ROOT, dir)).flatMap((path) => {
    const source = readFileSync(path, 'utf8');
    const file = relative(ROOT, path);
    const out: ImportLine[] = [];
    for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^;'"]*?\bfrom\s+['"]([^'"]+)['"]/gm)) out.push({ file, specifier: m[3], typeOnly: !!m[2] });
    for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) out.push({ file, specifier: m[1], typeOnly: false });
    for (const m of source.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push({ file, specifier: m[1], typeOnly: false });
    return out;
  });
}

const bad = (lines: ImportLine[], allowed: (line: ImportLine) => boolean) => lines.filter((l) => !allowed(l)).map((l) => `${l.file}: ${l.specifier}`);

/** True when `line` is a relative import that resolves inside `folder` (relative to the repository root). */
function resolvesInside(line: ImportLine, folder: string): boolean {
  if (!line.specifier.startsWith('./') && !line.specifier.startsWith('../')) return false;
  const target = relative(join(ROOT, folder), resolve(ROOT, dirname(line.file), line.specifier));
  return !target.startsWith('..') && !isAbsolute(target);
}

describe('import boundaries', () => {
  it('the scanner sees imports (sanity check)', () => {
    assert.ok(importsUnder('server/src/core').some((l) => l.specifier === 'yaml'));
    assert.ok(importsUnder('server/src/core').some((l) => l.specifier === './rules/index'));
  });

  it('core imports only core and the pure libraries yaml, fastest-levenshtein and wink-nlp with its model', () => {
    const allowed = new Set(['yaml', 'fastest-levenshtein', 'wink-nlp', 'wink-eng-lite-web-model']);
    assert.deepEqual(bad(importsUnder('server/src/core'), (l) => allowed.has(l.specifier) || resolvesInside(l, 'server/src/core')), []);
  });

  it('shared imports nothing at run time but its own JSON data', () => {
    const data = (l: ImportLine) => l.specifier.endsWith('.json') && resolvesInside(l, 'server/src/shared');
    assert.deepEqual(bad(importsUnder('server/src/shared'), (l) => (l.typeOnly || data(l)) && resolvesInside(l, 'server/src/shared')), []);
  });

  // The client never reaches the engine or the server's edges: it asks the server. Node built-ins
  // (a nonce, paths) and zod/mini (validating webview messages) are its only other imports.
  it('the client imports only vscode, the language client, node built-ins, zod/mini, its own files and shared', () => {
    assert.deepEqual(
      bad(importsUnder('client/src'), (l) =>
        l.specifier === 'vscode' || /^vscode-languageclient(\/|$)/.test(l.specifier) || l.specifier.startsWith('node:') || l.specifier === 'zod/mini' ||
        resolvesInside(l, 'client/src') || resolvesInside(l, 'server/src/shared')),
      [],
    );
  });

  // The webview is a browser page: it bundles only its own files, and takes the preview's types from shared.
  it('the webview imports only its own files, and shared for types', () => {
    assert.deepEqual(bad(importsUnder('client/src/webview'), (l) => resolvesInside(l, 'client/src/webview') || (l.typeOnly && resolvesInside(l, 'server/src/shared'))), []);
  });
});
