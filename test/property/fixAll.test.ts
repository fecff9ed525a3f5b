import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixAll, lint, type LintOptions } from '../../server/src/core/index';
import { contactSetArb, documentArb } from './arbitraries';
import { assertPrototypeUnchanged, prototypeSnapshot } from './invariants';
import { itHolds } from './propertyRuns';

/** fixAll's contract on `text`: idempotent, nothing fixable left, broken front matter untouched. */
function checkFixAll(text: string, options: LintOptions): void {
  const first = fixAll(text, options);
  if (!first.fixable) {
    assert.equal(first.text, text, 'a document fixAll cannot fix is returned unchanged');
    assert.equal(first.applied, 0);
    return;
  }
  if (first.text === text) assert.equal(first.applied, 0, 'no change, yet fixes were counted');
  const second = fixAll(first.text, options);
  assert.equal(second.text, first.text, 'a second fixAll changed the text');
  const left = lint(first.text, options).problems.filter((p) => p.fix);
  assert.deepEqual(left.map((p) => `${p.ruleId} [${p.start}, ${p.end}) ${p.fix!.title}`), [], 'automatic fixes left after fixAll');
}

describe('property: fixAll', () => {
  const prototype = prototypeSnapshot();
  afterEach(() => assertPrototypeUnchanged(prototype));

  itHolds(
    'is idempotent and leaves no automatic fix (without contacts)',
    fc.property(documentArb, (text) => checkFixAll(text, {})),
    // fixAll lints each document several times over (two fix-alls, a lint, passes): a quarter share.
    0.25,
  );

  itHolds(
    'is idempotent and leaves no automatic fix (with contacts)',
    fc.property(documentArb, contactSetArb, (text, contacts) => checkFixAll(text, { contacts })),
    0.25,
  );
});
