import { testRule } from '../ruleTester';

const MESSAGE = 'The note is empty: write what you would say to this person.';

testRule('empty-note', {
  valid: ['Hi Ana.', '---\nlimit: 200\n---\nHi Ana.\n'],
  invalid: [
    { name: 'an empty file', text: '', errors: [{ start: 0, end: 0, severity: 'error', message: MESSAGE }] },
    { name: 'only a line break', text: '\n', errors: [{ start: 0, end: 0 }] },
    { name: 'only blank space', text: '  \n \n', errors: [{ start: 0, end: 4 }] },
    { name: 'only front matter: points at the closing fence', text: '---\nlimit: 200\n---\n', errors: [{ start: 15, end: 18 }] },
    { name: 'front matter and blank lines', text: '---\nlimit: 200\n---\n\n\n', errors: [{ start: 15, end: 18 }] },
  ],
});
