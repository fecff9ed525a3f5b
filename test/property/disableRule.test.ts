import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, bodyText, disableRuleFix, lint } from '../../server/src/core/index';
import { documentArb } from './arbitraries';
import { assertFixValid, assertPrototypeUnchanged, prototypeSnapshot } from './invariants';
import { itHolds } from './propertyRuns';

describe('property: "disable this rule in this file"', () => {
  const prototype = prototypeSnapshot();
  afterEach(() => assertPrototypeUnchanged(prototype));

  itHolds(
    'silences the rule it names, keeps the rest of the document, and breaks no front matter that parsed',
    fc.property(documentArb, fc.nat(), (text, pick) => {
      const before = lint(text);
      const ruleIds = [...new Set(before.problems.map((p) => p.ruleId))];
      const fm = before.template.frontMatter;
      // A front matter that is already invalid YAML has no `disable:` to extend; its own errors come first.
      if (ruleIds.length === 0 || (fm && fm.span.end > 0 && fm.syntaxErrors.length > 0)) return;
      const ruleId = ruleIds[pick % ruleIds.length];
      const fix = disableRuleFix(before.template, ruleId);
      assertFixValid(fix, text.length, `disable ${ruleId}`);
      const after = applyEdits(text, fix.edits);
      const result = lint(after);
      assert.deepEqual(result.template.frontMatter?.syntaxErrors ?? [], [], `front matter broken by disabling ${ruleId}:\n${after}`);
      assert.deepEqual(result.problems.filter((p) => p.ruleId === ruleId).map((p) => p.message), [], `${ruleId} still reported after:\n${after}`);
      // Blank lines between front matter and note are layout, so a new front matter may take them.
      const note = (t: typeof before.template) => bodyText(t).replace(/^[\uFEFF\s]*/, '');
      assert.equal(note(result.template), note(before.template), 'the note itself is unchanged');
    }),
    // Two lints a case, each reading the whole note: a quarter share.
    0.25,
  );
});
