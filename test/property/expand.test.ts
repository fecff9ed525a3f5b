import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { estimatedLength, expand, expandedLengths, expandForContact, parseTemplate } from '../../server/src/core/index';
import { contactSetArb, documentArb } from './arbitraries';
import { assertPrototypeUnchanged, prototypeSnapshot } from './invariants';
import { itHolds } from './propertyRuns';

describe('property: expansion', () => {
  const prototype = prototypeSnapshot();
  afterEach(() => assertPrototypeUnchanged(prototype));

  itHolds(
    'expandedLengths gives each contact the length of its expanded note',
    fc.property(documentArb, contactSetArb, (text, contacts) => {
      const template = parseTemplate(text);
      const lengths = expandedLengths(template, contacts);
      assert.equal(lengths.length, contacts.size);
      for (let i = 0; i < contacts.size; i++) assert.equal(lengths[i], expandForContact(template, contacts, i).length, `contact ${i}`);
    }),
  );

  itHolds(
    'an expansion is its segments in order, each placeholder filled with its own column value, else its fallback, else nothing',
    fc.property(documentArb, contactSetArb, fc.nat(), (text, contacts, pick) => {
      const template = parseTemplate(text);
      const index = contacts.size ? pick % contacts.size : 0;
      const e = contacts.size ? expandForContact(template, contacts, index) : expand(template, () => '');
      assert.equal(e.length, e.text.length);
      assert.equal(e.segments.map((s) => s.text).join(''), e.text);
      let at = 0;
      for (const s of e.segments) {
        assert.equal(s.start, at, 'segments are contiguous');
        assert.equal(s.end, s.start + s.text.length);
        at = s.end;
      }
      const filled = e.segments.filter((s) => s.kind !== 'literal');
      assert.equal(filled.length, template.placeholders.length);
      filled.forEach((s, k) => {
        const p = template.placeholders[k];
        const own = contacts.size && contacts.columns.has(p.field) ? contacts.columns.get(p.field)![index] : '';
        const expected = own || p.fallback || '';
        assert.equal(s.text, expected.replace(/\r\n?/g, '\n'), `{{${p.rawField}}} for contact ${index}`);
      });
      assert.ok(!/\r/.test(e.text), 'expanded text has LF line breaks only');
    }),
  );

  itHolds(
    'the estimate without contacts counts each placeholder at its assumed length',
    fc.property(documentArb, (text) => {
      const template = parseTemplate(text);
      const length = estimatedLength(template);
      const expansion = expand(template, () => '');
      const fallbacks = expansion.segments.filter((s) => s.kind === 'fallback').reduce((n, s) => n + s.text.length, 0);
      assert.equal(expansion.length - fallbacks, template.literalLength);
      assert.ok(Number.isInteger(length) && length >= template.literalLength);
    }),
  );
});
