import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, parseTemplate } from '../../server/src/core/index';
import { contactSetArb, documentArb } from './arbitraries';
import { assertProblemsValid, assertPrototypeUnchanged, assertSpanWithin, prototypeSnapshot } from './invariants';
import { optionsArb } from './optionsArb';
import { itHolds } from './propertyRuns';
import { assertFirstProblems } from '../unit/problemPrefix';

describe('property: parse and lint any document', () => {
  const prototype = prototypeSnapshot();
  afterEach(() => assertPrototypeUnchanged(prototype));

  itHolds(
    'parseTemplate never throws and every span lies in the document, placeholders in order',
    fc.property(documentArb, (text) => {
      const t = parseTemplate(text);
      assert.equal(t.text, text);
      assertSpanWithin(t.body, text.length, 'body');
      if (t.body.start < t.body.end) {
        assert.ok(t.body.start > 0 || text.charCodeAt(0) !== 0xfeff, 'the byte order mark is not part of the note');
      }
      if (t.frontMatter) {
        assertSpanWithin(t.frontMatter.span, text.length, 'front matter');
        for (const e of t.frontMatter.syntaxErrors) assertSpanWithin(e.span, text.length, `front matter error "${e.message}"`);
        for (const e of t.frontMatter.entries) {
          assertSpanWithin(e.keySpan, text.length, `key ${e.key}`);
          assertSpanWithin(e.valueSpan, text.length, `value of ${e.key}`);
        }
      }
      let previous = t.body.start;
      for (const p of t.placeholders) {
        assert.ok(p.start >= previous && p.end <= t.body.end, `placeholder [${p.start}, ${p.end}) outside the body or out of order`);
        assert.equal(text.slice(p.fieldSpan.start, p.fieldSpan.end), p.rawField);
        if (p.fallbackSpan) assert.equal(text.slice(p.fallbackSpan.start, p.fallbackSpan.end), p.fallback);
        previous = p.end;
      }
      for (const s of t.slotProblems) assertSpanWithin(s, text.length, `slot problem ${s.kind}`);
      assert.ok(Number.isInteger(t.literalLength) && t.literalLength >= 0, `literalLength ${t.literalLength}`);
    }),
  );

  itHolds(
    'lint without contacts never throws and keeps every range, fix and suggestion inside the document',
    fc.property(documentArb, (text) => {
      const result = lint(text);
      assertProblemsValid(result.problems, text);
      for (let i = 1; i < result.problems.length; i++) assert.ok(result.problems[i - 1].start <= result.problems[i].start, 'problems sorted by start');
    }),
  );

  itHolds(
    'lint with contacts never throws and related contacts exist',
    fc.property(documentArb, contactSetArb, (text, contacts) => {
      const result = lint(text, { contacts });
      assertProblemsValid(result.problems, text, contacts);
    }),
    // Every contact's note is checked where its values meet the text: a half share.
    0.5,
  );

  itHolds(
    'lint with maxProblems n reports the first n problems of the full list, and says when it cut',
    fc.property(documentArb, fc.integer({ min: 1, max: 6 }), (text, max) => {
      const all = lint(text).problems;
      const cut = lint(text, { maxProblems: max });
      assertFirstProblems(cut.problems, all, max);
      assert.equal(cut.truncated, all.length > max);
    }),
  );

  itHolds(
    'lint with any valid options never throws; the effective limit is a whole number from 1 to 10,000',
    fc.property(documentArb, optionsArb, (text, options) => {
      const result = lint(text, options);
      assertProblemsValid(result.problems, text, options.contacts);
      assert.ok(Number.isInteger(result.limit) && result.limit >= 1 && result.limit <= 10000, `limit ${result.limit}`);
    }),
    // User phrases compile new patterns on every run: a half share keeps `npm run fuzz` near half an hour.
    0.5,
  );
});
