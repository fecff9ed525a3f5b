import { testRule } from '../ruleTester';

testRule('placeholder-syntax', {
  valid: [
    'Hi {{name}}, we met at {{where-met}}.',
    'Hi {{ name | there }}, we met.',
    "{{reason | I’d value your view. Really.}}",
    'Hi {{name}}, see [the deck] and <br> and [Name of the event] for 100% of it.',
    'Hi {{name}}, I scored 90% and {braces} are fine.',
  ],
  invalid: [
    {
      name: 'unclosed',
      text: 'Hi {{name, we met.',
      errors: [{ start: 3, end: 9, severity: 'error', message: 'Unclosed placeholder "{{name": end it with }}.' }],
      output: 'Hi {{name}}, we met.',
    },
    {
      name: 'unclosed two-word name',
      text: 'We met at {{where met last week.',
      errors: [{ at: '{{where met' }],
      output: 'We met at {{where-met}} last week.',
    },
    {
      name: 'unclosed, the first word is the field',
      text: 'Hi {{name and more',
      errors: [{ at: '{{name' }],
      output: 'Hi {{name}} and more',
    },
    {
      name: 'unclosed with no field name: no fix',
      text: 'Hi {{ , we met.',
      errors: [{ start: 3, end: 5 }],
      output: 'Hi {{ , we met.',
    },
    {
      name: 'empty, with the space before it',
      text: 'Hi {{}}, we met.',
      errors: [{ start: 3, end: 7, message: 'Empty placeholder "{{}}": name a field or remove it.' }],
      output: 'Hi, we met.',
    },
    {
      name: 'empty mid-sentence',
      text: 'We met at {{ }}the mixer.',
      errors: [{ at: '{{ }}' }],
      output: 'We met at the mixer.',
    },
    {
      name: 'a name with spaces and capitals',
      text: 'Hi {{First Name}}, we met.',
      errors: [{ at: 'First Name', message: 'Placeholder names are kebab-case: write {{first-name}}, not {{First Name}}.' }],
      output: 'Hi {{first-name}}, we met.',
    },
    {
      name: 'camelCase and snake_case',
      text: '{{firstName}} at {{where_met}}',
      errors: [{ at: 'firstName' }, { at: 'where_met' }],
      output: '{{first-name}} at {{where-met}}',
    },
    {
      name: 'not a name at all',
      text: 'Hi {{!!}}, we met.',
      errors: [{ at: '!!', message: '"!!" is not a field name: use lower-case letters, digits and hyphens, like {{where-met}}.' }],
      output: 'Hi {{!!}}, we met.',
    },
    {
      name: 'square brackets',
      text: 'Hi [Name], we met.',
      errors: [{ at: '[Name]', message: '"[Name]" would be sent as written: placeholders look like {{name}}.' }],
      output: 'Hi {{name}}, we met.',
    },
    {
      name: 'single braces',
      text: 'Hi {name}, how is {Company}?',
      errors: [{ at: '{name}' }, { at: '{Company}' }],
      output: 'Hi {{name}}, how is {{company}}?',
    },
    {
      name: 'percent signs',
      text: 'Hi %FIRST_NAME%, we met.',
      errors: [{ at: '%FIRST_NAME%', message: '"%FIRST_NAME%" would be sent as written: placeholders look like {{first-name}}.' }],
      output: 'Hi {{first-name}}, we met.',
    },
    {
      name: 'angle brackets',
      text: 'Hi <first name>, we met at <event>.',
      errors: [{ at: '<first name>' }, { at: '<event>' }],
      output: 'Hi {{first-name}}, we met at {{where-met}}.',
    },
    {
      name: 'only the body is read, after front matter',
      text: '---\nlimit: 200\n---\nHi [Name],\n',
      errors: [{ line: 4, column: 4 }],
      output: '---\nlimit: 200\n---\nHi {{name}},\n',
    },
  ],
});
