import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus, score } from '../../scripts/eval/corpus';

const ROOT = join(__dirname, '..', '..');
/** The development corpus beside the repository (CI lays shared/ next to the clone). */
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'dev-notes.json');
/** Notes written for this project in the corpus's shapes, labelled the same way (docs/advice-quality.md). */
const OWN_NOTES = join(ROOT, 'test', 'fixtures', 'own-notes.json');

/** Fails naming the notes behind any label or the good-clean share that falls below the targets. */
function assertTargets(path: string): void {
  const result = score(readCorpus(path).filter((e) => !e.uncertain));
  for (const l of result.labels) {
    assert.ok(l.recall >= 0.9, `${l.label} recall ${l.recall.toFixed(2)}, missed ${l.misses.map((e) => e.id).join(', ')}`);
    assert.ok(l.precision >= 0.85, `${l.label} precision ${l.precision.toFixed(2)}, fired on ${l.falseAlarms.map((e) => e.id).join(', ')}`);
  }
  assert.ok(result.goodClean >= 0.9, `good clean ${result.goodClean.toFixed(2)}: ${result.goodFlagged.map((g) => g.entry.id).join(', ')}`);
}

describe('advice quality on notes of our own wording', () => {
  it('meets the same targets on test/fixtures/own-notes.json', () => assertTargets(OWN_NOTES));
});

describe('advice quality on the development corpus', function () {
  before(function () {
    // Without the corpus there is nothing to measure; the test is reported as pending, never as passing.
    if (!existsSync(CORPUS)) this.skip();
  });

  it('meets the targets: every label recall ≥ 0.9 and precision ≥ 0.85, good notes clean ≥ 0.9', () => assertTargets(CORPUS));

  it('docs/advice-quality.md shows the tables npm run eval -- --markdown prints now', function () {
    this.timeout(60000);
    const printed = execFileSync(process.execPath, ['--require', 'tsx/cjs', join(ROOT, 'scripts', 'eval', 'run.ts'), CORPUS, '--markdown'], { cwd: ROOT, encoding: 'utf8' });
    const doc = readFileSync(join(ROOT, 'docs', 'advice-quality.md'), 'utf8');
    assert.ok(doc.includes(printed.trim()), 'docs/advice-quality.md is out of date: paste the output of npm run eval -- --markdown under "The latest run"');
  });
});
