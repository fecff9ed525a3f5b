import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CSS = readFileSync(join(__dirname, '..', '..', 'media', 'preview.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The declarations of every rule whose selector list includes one matching `selector`. */
function declarationsFor(selector: RegExp): string[] {
  return [...CSS.matchAll(/([^{}]+)\{([^}]*)\}/g)]
    .filter((rule) => rule[1].split(',').some((one) => selector.test(one.trim())))
    .flatMap((rule) => rule[2].split(';').map((declaration) => declaration.trim()).filter(Boolean));
}

describe('preview style sheet', () => {
  it('draws filled-in parts of the note without anything that reads as a link', () => {
    const declarations = declarationsFor(/^\.segment(\.(value|fallback|missing))?$/);
    assert.ok(declarations.length >= 4, declarations.join('; '));
    for (const declaration of declarations) {
      assert.doesNotMatch(declaration, /text-decoration|border-bottom|cursor|textLink|box-shadow/, declaration);
      assert.doesNotMatch(declaration, /^color:.*--invite-value/, declaration);
    }
  });

  it('shows a field name only in a gap, never in an empty fallback', () => {
    const contents = [...CSS.matchAll(/([^{}]+)\{[^}]*content:\s*attr\(([^)]*)\)/g)].map((m) => [m[1].trim(), m[2]]);
    assert.deepEqual(contents, [
      ['.segment[data-gap]::before', 'data-gap'],
      ['.limit-mark::after', 'data-limit'],
    ]);
  });
});
