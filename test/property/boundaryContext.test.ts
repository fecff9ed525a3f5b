import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { contactTextIssues, createContactSet, expandForContact, parseTemplate, textIssues } from '../../server/src/core/index';
import { boundaryContext, boundaryIssues } from '../../server/src/core/textIssues';
import { itHolds } from './propertyRuns';

/** Text made of the characters the boundary checks care about: letters, spaces, marks, quotes, line breaks. */
const piece = fc.constantFrom('at', 'At', 'Dr', 'e.g', 'i', 'J', ' ', '  ', '\n', '\n\n', '.', ',', '!', '?', '"', '’', ')', 'Inc', 'team', 'x');
const text = (max: number) => fc.array(piece, { maxLength: max }).map((parts) => parts.join(''));

describe('property: the text a value meets', () => {
  itHolds(
    'boundaryIssues reads nothing of the text around a value beyond boundaryContext',
    fc.property(text(30), text(8), text(30), fc.boolean(), fc.boolean(), (before, value, after, atStart, literalAfter) => {
      const reduced = boundaryContext(before, after);
      assert.deepEqual(boundaryIssues({ ...reduced, value, atStart, literalAfter }), boundaryIssues({ before, value, after, atStart, literalAfter }));
    }),
  );

  itHolds(
    'every contact\'s issues, read placeholder by placeholder and shared between templates, are those of its whole note',
    fc.property(fc.array(fc.tuple(text(60), fc.constantFrom('{{company}}', '{{name}}', '{{reason | }}', '{{where-met | the mixer.}}')), { minLength: 1, maxLength: 4 }), text(60), fc.array(fc.tuple(text(10), text(10), text(10)), { minLength: 1, maxLength: 5 }), (parts, tail, rows) => {
      const template = parseTemplate(parts.map(([literal, slot]) => literal.replace(/[{}|]/g, '') + slot).join('') + tail.replace(/[{}|]/g, ''));
      const contacts = createContactSet(rows.map(([company, name, reason]) => ({ company, 'first-name': name, name, reason })));
      // Twice: the second read comes from the cache the first filled.
      for (const fast of [contactTextIssues(template, contacts), contactTextIssues(parseTemplate(`${template.text}`), contacts)]) {
        for (let i = 0; i < contacts.size; i++) {
          const full = textIssues(expandForContact(template, contacts, i)).map(({ kind, placeholder }) => `${placeholder}:${kind}`).sort();
          assert.deepEqual((fast.get(i) ?? []).map(({ kind, placeholder }) => `${placeholder}:${kind}`).sort(), full, `contact ${i}`);
        }
      }
    }),
  );
});
