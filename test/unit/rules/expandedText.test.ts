import * as assert from 'node:assert/strict';
import { createContactSet } from '../../../server/src/core/index';
import { problemsOf, testRule } from '../ruleTester';

const contacts = createContactSet(
  [
    { 'first-name': 'Ana', 'last-name': 'Ruiz', company: 'Acme Corp.', 'where-met': 'at the summit', reason: 'Your talk helped.' },
    { 'first-name': 'Bob', 'last-name': 'Lee', company: 'Northwind Traders, Inc.', 'where-met': 'the mixer', reason: 'i liked your post.' },
    { 'first-name': 'Cy', 'last-name': 'Wu', company: 'Globex', 'where-met': 'the mixer', reason: 'We share a field!' },
  ],
  'Connections.csv',
);

testRule('expanded-text', {
  valid: [
    { name: 'no contacts: nothing to read', text: 'I admire the team at {{company}}.' },
    { name: 'the short company name ends no sentence twice', text: 'I admire the team at {{company-short}}.', options: { contacts } },
    { name: 'a value mid-sentence', text: 'Hi {{name}}, how is {{company}} these days?', options: { contacts } },
    { name: 'a sentence field where a sentence goes', text: 'Hi {{name}}, we met at {{where-met | an event}}. {{reason | }} Coffee?', options: { contacts: createContactSet([{ 'first-name': 'Ann', reason: 'Your talk helped.' }]) } },
    { name: 'a value after an initial is not a sentence start', text: 'Dear J. {{last-name}}, hello.', options: { contacts: createContactSet([{ 'first-name': 'Jo', 'last-name': 'doe' }]) } },
    { name: 'a gap is missing-value\'s to report', text: 'Hi {{first-name}} {{position}}, hello.', options: { contacts } },
  ],
  invalid: [
    {
      name: '"Corp.." and "Inc..": names the contacts and offers {{company-short}}',
      text: 'I admire the team at {{company}}.',
      options: { contacts },
      errors: [{ at: '{{company}}', severity: 'warning', message: 'Punctuation doubled after {{company}} for 2 of 3 contacts (Ana Ruiz, Bob Lee): "…team at Acme Corp..".' }],
      suggestions: [{ title: 'Use {{company-short}} ("Acme Corp." → "Acme")', output: 'I admire the team at {{company-short}}.' }],
      output: 'I admire the team at {{company}}.',
    },
    {
      name: 'no {{company-short}} offered where the short name would break the same way',
      text: 'I admire the team at {{company}}.',
      options: { contacts: createContactSet([{ 'first-name': 'Di', 'last-name': 'Oz', company: 'Initech Ltd.', 'company-short': 'Initech Co.' }]) },
      errors: [{ at: '{{company}}', message: 'Punctuation doubled after {{company}} for Di Oz: "…team at Initech Ltd..".' }],
      suggestions: [{ title: 'Remove the "." after {{company}} (every value ends with its own)', output: 'I admire the team at {{company}}' }],
    },
    {
      name: 'clashing punctuation: "Inc.,"',
      text: 'At {{company}}, you built a lot.',
      options: { contacts },
      errors: [{ at: '{{company}}', message: 'Punctuation doubled after {{company}} for 2 of 3 contacts (Ana Ruiz, Bob Lee): "At Acme Corp., you built a lot.".' }],
      suggestions: [{ output: 'At {{company-short}}, you built a lot.' }],
    },
    {
      name: 'a word repeated across the boundary: "at at"',
      text: 'We met at {{where-met}}.',
      options: { contacts },
      errors: [{ at: '{{where-met}}', message: 'A word repeated at {{where-met}} for 1 of 3 contacts (Ana Ruiz): "We met at at the summit.".' }],
      suggestions: [],
    },
    {
      name: 'a value that starts a sentence in lower case',
      text: 'Hi {{name}}. {{reason}} Coffee?',
      options: { contacts },
      errors: [{ at: '{{reason}}', message: 'A sentence starts in lower case at {{reason}} for 1 of 3 contacts (Bob Lee): "Hi Bob. i liked your post.…".' }],
    },
    {
      name: 'a full stop after values that end with their own: offers to remove it',
      text: 'Hi {{name}}. {{reason}}. Coffee?',
      options: { contacts },
      errors: [
        { at: '{{reason}}', message: 'Punctuation doubled after {{reason}} for 3 of 3 contacts (Ana Ruiz, Bob Lee, Cy Wu): "…Your talk helped.. Coffee?".' },
        { at: '{{reason}}', message: /^A sentence starts in lower case at \{\{reason\}\} for 1 of 3 contacts \(Bob Lee\)/ },
      ],
      suggestions: [{ title: 'Remove the "." after {{reason}} (every value ends with its own)', output: 'Hi {{name}}. {{reason}} Coffee?' }],
    },
    {
      name: 'an empty fallback between a space and a comma',
      text: 'Hi {{first-name}} {{position | }}, good to meet you.',
      options: { contacts },
      errors: [{ at: '{{position | }}', message: 'A space before punctuation at {{position}} for 3 of 3 contacts (Ana Ruiz, Bob Lee, Cy Wu): "Hi Ana , good to meet you.".' }],
    },
    {
      name: 'the fallback is read too',
      text: 'Thanks. {{reason | i enjoyed your talk.}}',
      options: { contacts: createContactSet([{ 'first-name': 'Ann' }]) },
      errors: [{ at: '{{reason | i enjoyed your talk.}}', message: 'A sentence starts in lower case at {{reason}} for Ann: "Thanks. i enjoyed your talk.".' }],
    },
  ],
});

describe('rule expanded-text: contacts', () => {
  it('relates each named contact to what its note says', () => {
    const [problem] = problemsOf('expanded-text', 'I admire the team at {{company}}.', { contacts });
    assert.deepEqual(problem.related, [
      { contact: 0, message: 'Ana Ruiz: "…team at Acme Corp.."' },
      { contact: 1, message: 'Bob Lee: "…Traders, Inc.."' },
    ]);
  });

  it('names three contacts and counts the rest', () => {
    const many = createContactSet(['Ann', 'Bo', 'Cy', 'Di', 'Ed'].map((n) => ({ 'first-name': n, company: `${n} Corp.` })));
    const [problem] = problemsOf('expanded-text', 'The team at {{company}}.', { contacts: many });
    assert.match(problem.message, /for 5 of 5 contacts \(Ann, Bo, Cy and 2 more\)/);
    assert.equal(problem.related?.length, 3);
  });

  it('offers no {{company-short}} when the short name still ends in punctuation, and no removal unless every value ends in it', () => {
    const yahoo = createContactSet([{ 'first-name': 'Ann', company: 'Yahoo!' }]);
    const [problem] = problemsOf('expanded-text', 'The team at {{company}}.', { contacts: yahoo });
    assert.deepEqual(problem.suggestions?.map((s) => s.title), ['Remove the "." after {{company}} (every value ends with its own)']);
    const [mixed] = problemsOf('expanded-text', 'The team at {{company}}.', { contacts: createContactSet([{ 'first-name': 'Ann', company: 'Yahoo!' }, { 'first-name': 'Bo', company: 'Globex' }]) });
    assert.deepEqual(mixed.suggestions, []);
  });
});
