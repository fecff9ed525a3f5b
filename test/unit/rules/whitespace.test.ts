import { testRule } from '../ruleTester';

testRule('whitespace', {
  valid: [
    'Hi Ana, we met.\n',
    'Hi Ana,\n\nWe met.',
    'Hi Ana,\r\n\r\nWe met.\r\n',
    { name: 'blank lines after front matter are layout', text: '---\nlimit: 200\n---\n\n\nHi Ana.\n' },
    'Hi\tAna.',
  ],
  invalid: [
    {
      name: 'double space',
      text: 'Hi Ana,  we met.',
      errors: [{ start: 7, end: 9, severity: 'hint', message: 'Double space.' }],
      output: 'Hi Ana, we met.',
    },
    {
      name: 'trailing space',
      text: 'Hi Ana, \nwe met. ',
      errors: [{ start: 7, end: 8, message: 'Trailing space.' }, { start: 16, end: 17, message: 'Trailing space.' }],
      output: 'Hi Ana,\nwe met.',
    },
    {
      name: 'trailing space before CRLF',
      text: 'Hi Ana, \r\nwe met.',
      errors: [{ start: 7, end: 8 }],
      output: 'Hi Ana,\r\nwe met.',
    },
    {
      name: 'blank lines in a row',
      text: 'Hi Ana,\n\n\n\nWe met.',
      errors: [{ start: 7, end: 11, message: 'More than one blank line in a row.' }],
      output: 'Hi Ana,\n\nWe met.',
    },
    {
      name: 'blank lines in a row, CRLF, with spaces on them',
      text: 'Hi Ana,\r\n  \r\n\r\nWe met.',
      errors: [{ start: 7, end: 15 }],
      output: 'Hi Ana,\r\n\r\nWe met.',
    },
    {
      name: 'blank space at the start',
      text: '\n \nHi Ana.',
      errors: [{ start: 0, end: 3, message: 'Blank space at the start of the note counts against the limit.' }],
      output: 'Hi Ana.',
    },
    {
      name: 'spaces at the start',
      text: '   Hi Ana.',
      errors: [{ start: 0, end: 3 }],
      output: 'Hi Ana.',
    },
    {
      name: 'blank lines at the end (the final line break stays)',
      text: 'Hi Ana.\n\n\n',
      errors: [{ start: 7, end: 9, message: 'Blank lines at the end of the note count against the limit.' }],
      output: 'Hi Ana.\n',
    },
    {
      name: 'everything at once',
      text: '\nHi  Ana, \n\n\n\nWe met. \n\n',
      errors: [{ start: 0, end: 1 }, { start: 3, end: 5 }, { start: 9, end: 10 }, { start: 10, end: 14 }, { start: 21, end: 22 }, { start: 22, end: 23 }],
      output: 'Hi Ana,\n\nWe met.\n',
    },
  ],
});
