import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixAll, lint } from '../../server/src/core/index';

/** Pieces of real and broken notes, glued in any order. */
const piece = fc.constantFrom(
  'Hi', 'Hi,', 'Hi there!', 'Hello Dr. Smith,', 'Mary,', ' ', '  ', '\n', '\r\n', '\n\n\n', '.', ',', ' and ', '\t',
  "I'd like to add you to my professional network", 'Please accept my invitation', "Let's connect!", 'I came across your profile',
  'I hope this finds you well', "I'd love to connect", 'we met at the mixer', 'We met at the mixer.', 'I admire your work',
  'since we worked together', '{{name}}', '{{where-met}}', '{{reason}}', '{{next-step | }}', '[Name]', '{{First Name}}', '{{}}',
  '{{name', 'I would like to', 'in order to', 'Coffee?', 'our product', 'e.g.', 'U.S.', 'I am', 'Jane', 'we', 'It’s', '---', 'limit: 200',
);

describe('fixAll on random notes', () => {
  it('never throws, leaves no automatic fix behind, and is idempotent', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), fc.boolean(), (pieces, withFrontMatter) => {
        const text = (withFrontMatter ? '---\nlimit: 250\n---\n' : '') + pieces.join('');
        for (const p of lint(text).problems) assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, `${p.ruleId} range`);
        const once = fixAll(text);
        if (once.fixable) assert.deepEqual(lint(once.text).problems.filter((p) => p.fix).map((p) => p.ruleId), [], JSON.stringify(once.text));
        assert.equal(fixAll(once.text).text, once.text);
      }),
      { numRuns: 600, seed: 424242 },
    );
  });
});
