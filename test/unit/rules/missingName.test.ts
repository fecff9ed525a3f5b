import { testRule } from '../ruleTester';

const NO_NAME = 'The note never uses the recipient\'s name: start with "Hi {{name}},".';

testRule('missing-name', {
  valid: [
    "Hi Mary, we met at last month's networking happy hour. I'd love to connect on LinkedIn to exchange career advice and industry insights.",
    "Hi Amy, enjoyed speaking at last week's virtual job fair. I'd love to connect here on LinkedIn to continue our conversation and stay in touch about roles at Company X.",
    "Hi Sue, I wanted to connect on LinkedIn since we're working together on the customer engagement project.",
    '{{name}}, we met at {{where-met}}.',
    'Hi {{first-name}}, we met at {{where-met}}.',
    'Dear {{full-name}},\nWe met at {{where-met}}.',
    'We met at {{where-met}}, {{name}}, and I admire your work.',
    'Hi {{name | there}}, we met at the mixer.',
    'Mary, we met at the mixer and I admire your work.',
    'Hello Dr. Smith, we met at the summit.',
    'Hi Mary Jane Watson, we met at the summit.',
    'Hi Mary we met at the mixer last week and I admire your work.',
    'Good morning Priya! We met at the summit.',
    'Hey Ana - we met at the mixer.',
  ],
  invalid: [
    {
      name: 'no greeting: points at the first sentence; "I" keeps its capital',
      text: "I'd like to add you to my professional network on LinkedIn.",
      errors: [{ start: 0, end: 59, severity: 'warning', message: NO_NAME }],
      output: "Hi {{name}}, I'd like to add you to my professional network on LinkedIn.",
    },
    {
      name: 'a bare "Hi,"',
      text: 'Hi, I came across your profile and would love to connect.',
      errors: [{ start: 0, end: 3, message: 'The greeting names nobody: use the person\'s name ("Hi {{name}},").' }],
      output: 'Hi {{name}}, I came across your profile and would love to connect.',
    },
    {
      name: '"Hi there!" keeps its punctuation',
      text: 'Hi there! We met at the mixer.',
      errors: [{ start: 0, end: 9, message: 'The greeting names nobody: use the person\'s name ("Hi {{name}}!").' }],
      output: 'Hi {{name}}! We met at the mixer.',
    },
    {
      name: '"Dear Hiring Manager," names nobody',
      text: 'Dear Hiring Manager,\nI admire your work.',
      errors: [{ start: 0, end: 20 }],
      output: 'Dear {{name}},\nI admire your work.',
    },
    {
      name: 'a dash greeting keeps its spacing',
      text: 'Hey team - we met at the mixer.',
      errors: [{ start: 0, end: 10 }],
      output: 'Hey {{name}} - we met at the mixer.',
    },
    {
      name: 'a salutation with no punctuation gets a comma',
      text: 'Hello we met at the mixer.',
      errors: [{ start: 0, end: 5 }],
      output: 'Hello {{name}}, we met at the mixer.',
    },
    {
      name: 'an ordinary first word is lower-cased after the new greeting',
      text: 'We met at the mixer and I admire your work.',
      errors: [{ start: 0, end: 43 }],
      output: 'Hi {{name}}, we met at the mixer and I admire your work.',
    },
    {
      name: 'a name opening the note keeps its capital',
      text: 'Jane suggested I reach out.',
      errors: [{ start: 0, end: 27 }],
      output: 'Hi {{name}}, Jane suggested I reach out.',
    },
    {
      name: 'leading blank lines are kept, the greeting goes before the text',
      text: '\n\nWe met at the mixer.',
      errors: [{ line: 3, column: 1 }],
      output: '\n\nHi {{name}}, we met at the mixer.',
    },
    {
      name: 'after front matter',
      text: '---\nlimit: 200\n---\nWe met at the mixer.\n',
      errors: [{ at: 'We met at the mixer.' }],
      output: '---\nlimit: 200\n---\nHi {{name}}, we met at the mixer.\n',
    },
    {
      name: 'a greeting alone on its line that names nobody',
      text: 'Hi there\nWe met at the mixer.',
      errors: [{ start: 0, end: 8 }],
      output: 'Hi {{name}},\nWe met at the mixer.',
    },
    {
      name: 'a lower-case name is not taken for one',
      text: 'hi there, we met at the mixer.',
      errors: [{ start: 0, end: 9 }],
      output: 'hi {{name}}, we met at the mixer.',
    },
  ],
});
