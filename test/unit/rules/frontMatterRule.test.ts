import { testRule } from '../ruleTester';

const LIMIT = '"limit" takes the character limit, a whole number (300, or 200 for free accounts).';

testRule('front-matter', {
  valid: [
    'Hi Ana.',
    '---\n---\nHi Ana.',
    '---\nlimit: 200\ncontacts: Connections.csv\nsample: Taa Dixon\ndisable: [salesy, whitespace]\nrules:\n  missing-next-step: off\n  self-focused: warning\n---\nHi Ana.',
    '---\r\nlimit: 200\r\n---\r\nHi Ana.\r\n',
    '\uFEFF---\nlimit: 200\n---\nHi Ana.',
    '---\ndisable: salesy\n---\nHi Ana.',
    '---\ndisable:\n  - salesy\n  - whitespace # noisy\n---\nHi Ana.',
    '--- \nlimit: 200\n...\nHi Ana.',
    '---\ncontacts: attendees.csv\ncolumns: { full-name: Attendee, where-met: Event }\n---\nHi Ana.',
    '---\ncolumns:\n  reason: Why we should talk\n---\nHi Ana.',
  ],
  invalid: [
    {
      name: 'not valid YAML: points at the line',
      text: '---\nlimit: [\n---\nHi',
      errors: [{ start: 4, end: 12, severity: 'error', message: 'Front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]' }],
    },
    {
      name: 'a duplicate key',
      text: '---\nlimit: 200\nlimit: 300\n---\nHi',
      errors: [{ at: 'limit: 300', message: 'Front matter is not valid YAML: Map keys must be unique' }],
    },
    {
      name: 'not closed',
      text: '---\nlimit: 200\nHi Ana',
      errors: [{ start: 0, end: 3, message: 'Front matter is not closed: add a line with `---` after it.' }],
    },
    {
      name: 'not a map',
      text: '---\n- a\n---\nHi',
      errors: [{ at: '- a', message: 'Front matter must be `key: value` lines.' }],
    },
    {
      name: 'an unknown key with a close known one',
      text: '---\nlimt: 200\n---\nHi',
      errors: [{ at: 'limt', message: 'Unknown front matter key "limt". Did you mean "limit"?' }],
    },
    {
      name: 'an unknown key with nothing close',
      text: '---\nfoo: 1\n---\nHi',
      errors: [{ at: 'foo', message: 'Unknown front matter key "foo". Known keys: limit, contacts, sample, columns, disable, rules.' }],
    },
    {
      name: 'CRLF offsets',
      text: '---\r\nlimt: 1\r\n---\r\nHi',
      errors: [{ start: 5, end: 9 }],
    },
    { name: 'limit 0', text: '---\nlimit: 0\n---\nHi', errors: [{ at: '0', message: LIMIT }] },
    { name: 'limit not a number', text: '---\nlimit: abc\n---\nHi', errors: [{ at: 'abc', message: LIMIT }] },
    { name: 'limit not whole', text: '---\nlimit: 250.5\n---\nHi', errors: [{ at: '250.5', message: LIMIT }] },
    { name: 'limit too large', text: '---\nlimit: 20000\n---\nHi', errors: [{ at: '20000', message: LIMIT }] },
    {
      name: 'contacts not a path',
      text: '---\ncontacts: 42\n---\nHi',
      errors: [{ at: '42', message: '"contacts" takes the contacts file, relative to this template.' }],
    },
    {
      name: 'sample empty',
      text: '---\nsample: ""\n---\nHi',
      errors: [{ at: '""', message: '"sample" takes the contact the preview shows, by full or first name.' }],
    },
    {
      name: 'an unknown rule in disable (flow list)',
      text: '---\ndisable: [canned-mesage, salesy]\n---\nHi',
      errors: [{ at: 'canned-mesage', message: 'Unknown rule "canned-mesage". Did you mean canned-message?' }],
    },
    {
      name: 'an unknown rule in disable (single id)',
      text: '---\ndisable: sales\n---\nHi',
      errors: [{ at: 'sales', message: 'Unknown rule "sales". Did you mean salesy?' }],
    },
    {
      name: 'an unknown rule in disable (block list), nothing close',
      text: '---\ndisable:\n  - salesy\n  - zzz\n---\nHi',
      errors: [{ at: 'zzz', message: 'Unknown rule "zzz".' }],
    },
    {
      name: 'disable is not a list',
      text: '---\ndisable: {a: 1}\n---\nHi',
      errors: [{ at: '{a: 1}', message: '"disable" takes a list of rule ids to turn off in this file.' }],
    },
    {
      name: 'a bad severity and an unknown rule in rules',
      text: '---\nrules:\n  salesy: loud\n  salsy: off\n---\nHi',
      errors: [
        { at: 'salesy: loud', message: 'Severity for "salesy" must be one of off, hint, info, warning, error.' },
        { at: 'salsy: off', message: 'Unknown rule "salsy". Did you mean salesy?' },
      ],
    },
    {
      name: 'rules is not a map',
      text: '---\nrules: [a]\n---\nHi',
      errors: [{ at: '[a]', message: '"rules" takes rule id → off, hint, info, warning or error.' }],
    },
    {
      name: 'columns is not a map',
      text: '---\ncolumns: [Event]\n---\nHi',
      errors: [{ at: '[Event]', message: '"columns" takes field → the contacts column header that fills it, e.g. { where-met: Event }.' }],
    },
    {
      name: 'columns with a field that is no field name, and a header that is no text',
      text: '---\ncolumns:\n  Where Met: Event\n  reason: [a, b]\n---\nHi',
      errors: [
        { at: 'Where Met: Event', message: '"Where Met" is not a field name: write it in kebab-case, like where-met.' },
        { at: 'reason: [a, b]', message: 'The column for "reason" must be a header, like Event.' },
      ],
    },
    {
      name: 'reported even when the note is empty',
      text: '---\nlimt: 200\n---\n',
      errors: [{ at: 'limt' }],
    },
  ],
});
