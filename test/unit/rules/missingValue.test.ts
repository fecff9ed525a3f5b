import { createContactSet } from '../../../server/src/core/index';
import { testRule } from '../ruleTester';

const contacts = createContactSet(
  [
    { 'first-name': 'Ana', 'last-name': 'Ruiz', 'where-met': 'the mixer', company: 'Acme' },
    { 'first-name': 'Bob', 'last-name': 'Lee', 'where-met': '', company: 'Acme' },
    { 'first-name': 'Cat', 'last-name': 'Ng', 'where-met': ' ', company: 'Acme' },
    { 'first-name': 'Dan', 'last-name': 'Roe', company: 'Acme' },
    { 'first-name': 'Eve', 'last-name': 'Poe', 'where-met': '', company: 'Acme' },
  ],
  'Connections.csv',
);

testRule('missing-value', {
  valid: [
    { name: 'no contacts: nothing to check', text: 'Hi {{name}}, we met at {{where-met}}.' },
    { name: 'a fallback covers the gaps', text: 'Hi {{name}}, we met at {{where-met | a recent event}}.', options: { contacts } },
    { name: 'an empty fallback says a gap is fine', text: 'Hi {{name}}, we met at the mixer. {{next-step | }}', options: { contacts } },
    { name: 'every contact has a value', text: 'Hi {{name}}, how is {{company}}?', options: { contacts } },
    { name: 'an unknown field is unknown-placeholder\'s to report', text: 'Hi {{name}}, {{hobby}}', options: { contacts } },
  ],
  invalid: [
    {
      name: 'names the first three and counts the rest',
      text: 'Hi {{name}}, we met at {{where-met}}.',
      options: { contacts },
      errors: [{ at: '{{where-met}}', severity: 'warning', message: '4 of 5 contacts have no where-met (Bob Lee, Cat Ng, Dan Roe and 1 more): their note would have a gap here.' }],
      suggestions: [{ title: 'Add a fallback: {{where-met | a recent event}}', output: 'Hi {{name}}, we met at {{where-met | a recent event}}.' }],
      output: 'Hi {{name}}, we met at {{where-met}}.',
    },
    {
      name: 'a standard field the file does not have',
      text: 'Hi {{name}}, {{mutual}} says hi.',
      options: { contacts },
      errors: [{ at: '{{mutual}}', message: '5 of 5 contacts have no mutual (Ana Ruiz, Bob Lee, Cat Ng and 2 more): their note would have a gap here.' }],
      suggestions: [{ output: 'Hi {{name}}, {{mutual | a mutual connection}} says hi.' }],
    },
    {
      name: 'spaces inside the braces',
      text: 'We met at {{ where-met }}.',
      options: { contacts },
      errors: [{ at: '{{ where-met }}' }],
      suggestions: [{ output: 'We met at {{ where-met | a recent event}}.' }],
    },
  ],
});
