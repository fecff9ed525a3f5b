import { createContactSet } from '../../../server/src/core/index';
import { testRule } from '../ruleTester';

const contacts = createContactSet([{ 'first-name': 'Ana', 'favorite-topic': 'compilers' }], 'Connections.csv');

testRule('unknown-placeholder', {
  valid: [
    '{{name}} {{first-name}} {{last-name}} {{full-name}} {{company}} {{position}} {{where-met}} {{reason}} {{next-step}} {{mutual}}',
    { name: 'a column of the contacts file', text: 'Hi {{name}}, loved your take on {{favorite-topic}}.', options: { contacts } },
    { name: 'spaces inside the braces', text: 'Hi {{ name | there }}, we met.' },
  ],
  invalid: [
    {
      name: 'a typo: did you mean',
      text: 'Hi {{nmae}}, we met.',
      errors: [{ start: 5, end: 9, severity: 'error', message: 'Unknown placeholder {{nmae}}: not a standard field (no contacts file is loaded). Did you mean {{name}}?' }],
      suggestions: [{ title: 'Change to {{name}}', output: 'Hi {{name}}, we met.' }],
      output: 'Hi {{nmae}}, we met.',
    },
    {
      name: 'several close names, closest first',
      text: 'At {{compnay}}',
      errors: [{ at: 'compnay', message: /Did you mean \{\{company\}\}\?$/ }],
      suggestions: [{ output: 'At {{company}}' }],
    },
    {
      name: 'an alias of a standard field comes first',
      text: 'As a {{job-title}}',
      errors: [{ at: 'job-title' }],
      suggestions: [{ title: 'Change to {{position}}', output: 'As a {{position}}' }],
    },
    {
      name: 'names the contacts file and its columns',
      text: 'Loved your take on {{favourite-topic}}.',
      options: { contacts },
      errors: [{ at: 'favourite-topic', message: 'Unknown placeholder {{favourite-topic}}: not a standard field nor a column of Connections.csv. Did you mean {{favorite-topic}}?' }],
      suggestions: [{ output: 'Loved your take on {{favorite-topic}}.' }],
    },
    {
      name: 'nothing close: no suggestion',
      text: 'Hi {{name}}, {{xyz}}',
      errors: [{ at: 'xyz', message: 'Unknown placeholder {{xyz}}: not a standard field (no contacts file is loaded).' }],
      suggestions: [],
    },
    {
      name: 'every occurrence',
      text: '{{nmae}} and {{nmae | you}}',
      errors: [{ at: 'nmae', nth: 0 }, { at: 'nmae', nth: 1 }],
    },
  ],
});
