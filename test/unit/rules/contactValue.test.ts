import * as assert from 'node:assert/strict';
import { createContactSet } from '../../../server/src/core/index';
import { problemsOf, testRule } from '../ruleTester';

const contacts = createContactSet(
  [
    { 'first-name': 'JOHN', 'last-name': 'SMITH', company: 'Northwind Traders, Inc.', position: 'VP SALES' },
    { 'first-name': 'Priyanka 🌱', 'last-name': 'Rao', company: 'Acme', position: 'CEO' },
    { 'first-name': 'Dr. Jane', 'last-name': 'Smith, PhD', company: 'Globex GmbH', position: 'Head of Sales' },
    { 'first-name': 'J.', 'last-name': 'doe', company: 'Initech', position: 'Engineer' },
    { 'first-name': 'mary', 'last-name': 'Major', company: 'Harbor & Co', position: 'Engineer' },
  ],
  'Connections.csv',
);
const tidy = createContactSet([
  { 'first-name': 'Ann', 'last-name': 'Lee', company: 'Harbor & Co', position: 'CEO' },
  { 'first-name': 'Mary Ann', 'last-name': "O'Neill", company: 'Globex', position: 'VP, HR' },
]);

testRule('contact-value', {
  valid: [
    { name: 'no contacts: nothing to judge', text: 'Hi {{first-name}}, how is {{company}}?' },
    { name: 'the cleaned fields', text: 'Hi {{name}}, how is {{company-short}}?', options: { contacts: createContactSet([{ 'first-name': 'JOHN 🌱', company: 'Acme, Inc.' }]) } },
    { name: 'tidy values, acronyms in a title, "& Co" in a name', text: 'Hi {{full-name}}, {{position}} at {{company}}.', options: { contacts: tidy } },
    { name: 'only the fields the template uses', text: 'Hi {{name}}, good to meet you at {{where-met | the expo}}.', options: { contacts: createContactSet([{ 'first-name': 'Ann', company: 'Acme, Inc.', position: 'VP SALES' }]) } },
  ],
  invalid: [
    {
      name: 'first names: capitals, emoji, an honorific, an initial, lower case',
      text: 'Hi {{first-name}}, hello.',
      options: { contacts },
      errors: [
        { at: '{{first-name}}', severity: 'info', message: '{{first-name}} is in all capitals for 1 of 5 contacts (JOHN SMITH): the note says "Hi JOHN, hello.".' },
        { at: '{{first-name}}', message: '{{first-name}} has emoji or symbols for 1 of 5 contacts (Priyanka 🌱 Rao): the note says "Hi Priyanka 🌱, hello.".' },
        { at: '{{first-name}}', message: '{{first-name}} has an honorific for 1 of 5 contacts (Dr. Jane Smith, PhD): the note says "Hi Dr. Jane, hello.".' },
        { at: '{{first-name}}', message: '{{first-name}} is only an initial for 1 of 5 contacts (J. doe): the note says "Hi J., hello.".' },
        { at: '{{first-name}}', message: '{{first-name}} is all lower case for 1 of 5 contacts (mary Major): the note says "Hi mary, hello.".' },
      ],
      suggestions: [
        { title: 'Use {{name}} ("JOHN" → "John")', output: 'Hi {{name}}, hello.' },
        { title: 'Use {{name}} ("Priyanka 🌱" → "Priyanka")', output: 'Hi {{name}}, hello.' },
        { title: 'Use {{name}} ("Dr. Jane" → "Jane")', output: 'Hi {{name}}, hello.' },
        { title: 'Use {{name}} ("mary" → "Mary")', output: 'Hi {{name}}, hello.' },
      ],
      output: 'Hi {{first-name}}, hello.',
    },
    {
      name: '{{name}} is cleaned, but an initial stays an initial',
      text: 'Hi {{name}}!',
      options: { contacts },
      errors: [{ at: '{{name}}', message: '{{name}} is only an initial for 1 of 5 contacts (J. doe): the note says "Hi J.!".' }],
      suggestions: [],
    },
    {
      name: 'full names: credentials and an honorific',
      text: 'Dear {{full-name}}: hello.',
      options: { contacts: createContactSet([{ 'full-name': 'Dr. Jane Smith, PhD' }]) },
      errors: [
        { at: '{{full-name}}', message: '{{full-name}} has credentials for Dr. Jane Smith, PhD: the note says "Dear Dr. Jane Smith, PhD: hello.".' },
        { at: '{{full-name}}', message: '{{full-name}} has an honorific for Dr. Jane Smith, PhD: the note says "Dear Dr. Jane Smith, PhD: hello.".' },
      ],
    },
    {
      name: 'last names: capitals, credentials, lower case',
      text: 'Dear Dr. {{last-name}}: hello.',
      options: { contacts },
      errors: [
        { at: '{{last-name}}', message: /^\{\{last-name\}\} is in all capitals for 1 of 5 contacts \(JOHN SMITH\)/ },
        { at: '{{last-name}}', message: /^\{\{last-name\}\} has credentials for 1 of 5 contacts \(Dr\. Jane Smith, PhD\)/ },
        { at: '{{last-name}}', message: /^\{\{last-name\}\} is all lower case for 1 of 5 contacts \(J\. doe\)/ },
      ],
      suggestions: [],
    },
    {
      name: 'legal suffixes: reported once, the fix changes every {{company}}',
      text: 'How is {{company}} doing? I hear {{company}} is hiring.',
      options: { contacts },
      errors: [{ at: '{{company}}', message: '{{company}} has a legal suffix for 2 of 5 contacts (JOHN SMITH, Dr. Jane Smith, PhD): the note says "How is Northwind Traders, Inc. doing? I hear…".' }],
      suggestions: [{ title: 'Use {{company-short}} ("Northwind Traders, Inc." → "Northwind Traders")', output: 'How is {{company-short}} doing? I hear {{company-short}} is hiring.' }],
    },
    {
      name: 'a position in capitals',
      text: 'Hello, {{position}} there.',
      options: { contacts },
      errors: [{ at: '{{position}}', message: '{{position}} is in all capitals for 1 of 5 contacts (JOHN SMITH): the note says "Hello, VP SALES there.".' }],
      suggestions: [],
    },
  ],
});

describe('rule contact-value: contacts', () => {
  it('relates each named contact to what its note says', () => {
    const [problem] = problemsOf('contact-value', 'How is {{company}}?', { contacts });
    assert.deepEqual(problem.related, [
      { contact: 0, message: 'JOHN SMITH: "How is Northwind Traders, Inc.?"' },
      { contact: 2, message: 'Dr. Jane Smith, PhD: "How is Globex GmbH?"' },
    ]);
  });

  it('offers {{name}} only when it fixes every contact named', () => {
    const both = createContactSet([{ 'first-name': 'JOHN' }, { 'first-name': 'J' }, { 'first-name': 'ANN' }]);
    const problems = problemsOf('contact-value', 'Hi {{first-name}}!', { contacts: both });
    assert.deepEqual(problems.map((p) => p.suggestions?.map((s) => s.title)), [['Use {{name}} ("JOHN" → "John")'], []]);
  });
});
