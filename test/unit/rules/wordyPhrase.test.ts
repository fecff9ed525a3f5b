import { testRule } from '../ruleTester';

testRule('wordy-phrase', {
  valid: [
    "Hi Ana, I'd like to learn about your work.",
    'Hi Ana, yes I am.',
    'Hi Ana, I amended the doc.',
    'Hi Ana, {{reason | I would like to learn}}.',
  ],
  invalid: [
    {
      name: 'a contraction',
      text: 'Hi Ana, I would like to learn about your work.',
      errors: [{ at: 'I would like to', severity: 'hint', message: '"I would like to" can be "I\'d like to" (saves 4 characters).' }],
      output: "Hi Ana, I'd like to learn about your work.",
    },
    {
      name: 'capital kept at the start of a sentence',
      text: 'In order to learn, I am asking.',
      errors: [{ at: 'In order to', message: '"In order to" can be "To" (saves 9 characters).' }, { at: 'I am', message: '"I am" can be "I\'m" (saves 1 character).' }],
      output: "To learn, I'm asking.",
    },
    {
      name: 'before a placeholder',
      text: 'Hi Ana, I am {{position}} at Acme.',
      errors: [{ at: 'I am' }],
      output: "Hi Ana, I'm {{position}} at Acme.",
    },
    {
      name: 'across a line break',
      text: 'Hi Ana, due to the\nfact that we met, hi.',
      errors: [{ at: 'due to the\nfact that' }],
      output: 'Hi Ana, because we met, hi.',
    },
    {
      name: 'written in capitals or lower case: the replacement as listed',
      text: 'Hi Ana, IN ORDER TO learn, in order to grow, WITH REGARD TO jobs.',
      errors: [{ at: 'IN ORDER TO', message: '"IN ORDER TO" can be "to" (saves 9 characters).' }, { at: 'in order to' }, { at: 'WITH REGARD TO' }],
      output: 'Hi Ana, to learn, to grow, about jobs.',
    },
    {
      name: 'a question form',
      text: 'Hi Ana, I was wondering if you mentor.',
      errors: [{ at: 'I was wondering if' }],
      output: 'Hi Ana, I wonder if you mentor.',
    },
  ],
});
