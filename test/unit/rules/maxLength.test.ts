import * as assert from 'node:assert/strict';
import { createContactSet } from '../../../server/src/core/index';
import { problemsOf, testRule } from '../ruleTester';

const TAIL = ' I admire your work.'.repeat(12);
const WITH_CONTACTS = `Hi {{first-name}}, we met at {{where-met | an event}}.${TAIL}`;
const contacts = createContactSet(
  [
    { 'first-name': 'Al', 'last-name': 'Li', 'where-met': 'a mixer' },
    { 'first-name': 'Bartholomew', 'last-name': 'Jones', 'where-met': 'the Annual Northern Regional Conference' },
    { 'first-name': 'Cy', 'last-name': 'Wu', 'where-met': '' },
  ],
  'Connections.csv',
);
// What each contact's note is, written out by hand.
const expanded = [`Hi Al, we met at a mixer.${TAIL}`, `Hi Bartholomew, we met at the Annual Northern Regional Conference.${TAIL}`, `Hi Cy, we met at an event.${TAIL}`];
const lengths = expanded.map((s) => s.length);
const ESTIMATED = `Hi {{name}}, we met at {{where-met}}. {{reason}}${' I admire your work.'.repeat(10)}`;
const WORDS_310 = 'word '.repeat(62);

testRule('max-length', {
  valid: [
    "Hi Mary, we met at last month's networking happy hour. I'd love to connect on LinkedIn to exchange career advice and industry insights.",
    { name: 'fits for every contact', text: `Hi {{first-name}}, we met at {{where-met | an event}}.${' I admire your work.'.repeat(11)}`, options: { contacts } },
    { name: '300 exactly', text: 'word '.repeat(60) },
    { name: 'CRLF counts as one: 299 characters in 398 code units', text: 'ab\r\n'.repeat(99) + 'ab' },
    { name: 'the final line break is not part of the note', text: 'a'.repeat(300) + '\n' },
    { name: 'a front matter limit above the default', text: `---\nlimit: 400\n---\n${WORDS_310}` },
    { name: 'assumed lengths from settings', text: ESTIMATED, options: { assumedLengths: { reason: 20 } } },
  ],
  invalid: [
    {
      name: 'a literal note over 300',
      text: WORDS_310,
      errors: [{ start: 300, end: 310, severity: 'error', message: 'The note is 310 characters; the limit is 300 (10 over).' }],
      output: WORDS_310,
    },
    {
      name: 'CRLF counts as one: 301 characters',
      text: 'ab\r\n'.repeat(100) + 'x',
      errors: [{ start: 400, end: 401, message: 'The note is 301 characters; the limit is 300 (1 over).' }],
    },
    {
      name: 'limit from front matter (free account)',
      text: `---\nlimit: 200\n---\n${'word '.repeat(42)}`,
      errors: [{ start: 219, end: 229, message: 'The note is 210 characters; the limit is 200 (10 over).' }],
    },
    {
      name: 'limit from settings',
      text: 'word '.repeat(42),
      options: { limit: 200 },
      errors: [{ start: 200, end: 210, message: 'The note is 210 characters; the limit is 200 (10 over).' }],
    },
    {
      name: 'over for one contact: names the longest',
      text: WITH_CONTACTS,
      options: { contacts },
      errors: [{
        start: WITH_CONTACTS.length - (lengths[1] - 300),
        end: WITH_CONTACTS.length,
        message: `Over the 300-character limit for 1 of 3 contacts; longest is Bartholomew Jones at ${lengths[1]} (${lengths[1] - 300} over).`,
      }],
    },
    {
      name: 'an estimate without contacts',
      text: ESTIMATED,
      errors: [{
        start: ESTIMATED.length - 12,
        end: ESTIMATED.length,
        message: 'About 312 characters with typical field lengths, over the 300-character limit by about 12 (an estimate: no contacts file).',
      }],
    },
    {
      name: 'offers the wordy-phrase shortenings as one suggestion',
      text: `In order to learn, I would like to ask. ${WORDS_310}`,
      errors: [{ start: 300, end: 350 }],
      suggestions: [{ title: 'Shorten wordy phrases (saves 13 characters)', output: `To learn, I'd like to ask. ${WORDS_310}` }],
    },
  ],
});

describe('rule max-length: contacts', () => {
  it('lists the contacts over the limit, longest first, with their lengths', () => {
    const [problem] = problemsOf('max-length', WITH_CONTACTS, { contacts, limit: 250 });
    assert.equal(problem.message, `Over the 250-character limit for 3 of 3 contacts; longest is Bartholomew Jones at ${lengths[1]} (${lengths[1] - 250} over).`);
    assert.deepEqual(problem.related, [
      { contact: 1, message: `Bartholomew Jones: ${lengths[1]} characters (${lengths[1] - 250} over)` },
      { contact: 2, message: `Cy Wu: ${lengths[2]} characters (${lengths[2] - 250} over)` },
      { contact: 0, message: `Al Li: ${lengths[0]} characters (${lengths[0] - 250} over)` },
    ]);
  });

  it('points where the longest note crosses the limit, at a placeholder when it crosses inside one', () => {
    const text = `${'word '.repeat(58)}{{where-met}} and more`;
    const [problem] = problemsOf('max-length', text, { contacts });
    assert.equal(problem.start, text.indexOf('{{where-met}}'));
    assert.equal(problem.end, text.length);
  });

  it('counts right again after the literal text changes (what the placeholders add is reused)', () => {
    problemsOf('max-length', WITH_CONTACTS, { contacts, limit: 250 });
    const longer = `${WITH_CONTACTS} Thanks!`;
    const [problem] = problemsOf('max-length', longer, { contacts, limit: 250 });
    assert.equal(problem.message, `Over the 250-character limit for 3 of 3 contacts; longest is Bartholomew Jones at ${lengths[1] + 8} (${lengths[1] + 8 - 250} over).`);
    assert.deepEqual(problemsOf('max-length', WITH_CONTACTS.slice(0, 60), { contacts, limit: 250 }), []);
  });

  it('an empty contacts set falls back to the estimate', () => {
    const problems = problemsOf('max-length', ESTIMATED, { contacts: createContactSet([]) });
    assert.match(problems[0].message, /^About 312 characters/);
  });
});
