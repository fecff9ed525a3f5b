import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/core/index';

const RULES_DIR = join(__dirname, '..', '..', 'server', 'src', 'core', 'rules');

describe('rule files hold only their rule', () => {
  const files = readdirSync(RULES_DIR).filter((name) => name.endsWith('.ts') && name !== 'index.ts');

  it('each exports one thing, its rule, and imports no other rule file', () => {
    for (const name of files) {
      const source = readFileSync(join(RULES_DIR, name), 'utf8');
      const exported = [...source.matchAll(/^export\s+(?:const|function|class|let|type|interface)\s+(\w+)/gm)].map((m) => m[1]);
      assert.deepEqual(exported, [name.replace(/\.ts$/, '')], `${name} exports ${exported.join(', ')}`);
      assert.doesNotMatch(source, /from '\.\/[^']+'/, `${name} imports another rule file: a shared fact belongs in the engine module that owns it`);
    }
  });

  it('every rule file is listed in rules/index.ts', () => {
    assert.equal(files.length, RULES.length);
  });
});
