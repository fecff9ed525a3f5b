/**
 * Generators for property tests: documents that mix unicode, line breaks,
 * front matter, broken and foreign placeholders and the phrases the rules
 * look for (so that rules fire and fixes run), and contact sets whose
 * fields include names of Object.prototype members.
 */
import fc from 'fast-check';
import { createContactSet, DEFAULT_PHRASES, NOBODY_NAMES, SALUTATIONS, type ContactSet } from '../../server/src/core/index';
import { MOVES } from '../../server/src/core/reading/moves';

/** Field names that are also Object.prototype members: data, never lookups. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'] as const;

const STANDARD = ['name', 'first-name', 'last-name', 'full-name', 'company', 'position', 'where-met', 'reason', 'next-step', 'mutual'];

/** Every example sentence of the move patterns and every wordy phrase, so generated notes make moves and trip the rules. */
export const ALL_PHRASES: readonly string[] = [
  ...MOVES.flatMap((m) => [...m.examples.match, ...m.examples.miss]),
  ...DEFAULT_PHRASES.wordy.map((w) => w.phrase),
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

const odd = fc.constantFrom(
  '😀', '👩‍💻', '🇫🇷', 'e\u0301', 'ß', 'İ', 'ﬁ', '\u200b', '\u00a0', '\u2028', '\u2029', '\t', '\u0000', '\u001b[31m', '’', '‘', '—', '…', '日本語', 'עברית', '\uFEFF',
);

const lineBreak = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n\n\n');

const braces = fc.constantFrom('{', '}', '{{', '}}', '{{{', '}}}', '{{{{', '|', '||', '{{ ', ' }}', '{{|}}', '{{}}', '{{ | }}', '}}{{', '{{{name}}}', '{{name}}}');

const placeholder = fc
  .tuple(
    fc.constantFrom(...STANDARD, ...PROTOTYPE_NAMES, 'First Name', 'firstName', 'FIRST_NAME', 'Where Met', 'companyName', 'custom-field', 'x', '9lives', 'a--b', '-'),
    fc.option(fc.constantFrom('', 'there', 'a recent event', '{', '}', 'I’d value your view.', '😀', '  spaced  ', '|'), { nil: undefined }),
    fc.constantFrom('', ' ', '  '),
  )
  .map(([field, fallback, pad]) => `{{${pad}${field}${pad}${fallback === undefined ? '' : `|${pad}${fallback}`}}}`);

const unclosed = fc.constantFrom('{{name', '{{ where-met ', '{{First Name', '{{', '{{reason |', '{{name\n}}', '{{' + 'a'.repeat(80));

const foreignSlot = fc.constantFrom('[Name]', '[First Name]', '{name}', '{firstName}', '%FIRST_NAME%', '%COMPANY%', '<first name>', '<Company>', '[name', 'name]', '<>', '%%', '[[Name]]', '{{[Name]}}');

const word = fc.constantFrom('Hi', 'Hello', 'Dear', 'I', 'you', 'your', 'we', 'my', 'me', 'and', 'the', 'a', 'at', 'Ana', 'Dr.', 'e.g.', 'there', ',', '.', '!', '?', ';', ':', ' ', '  ', '   ', ' \t ', '-', '"', "'", ...SALUTATIONS, ...NOBODY_NAMES);

/** A default phrase, in its own case, upper case or lower case. */
const phrase = fc
  .tuple(fc.constantFrom(...ALL_PHRASES), fc.constantFrom('same', 'upper', 'lower', 'spaced'))
  .map(([p, style]) => (style === 'upper' ? p.toUpperCase() : style === 'lower' ? p.toLowerCase() : style === 'spaced' ? p.replace(/ /g, '  ') : p));

/** A line far longer than any note: a long run or a repeated phrase. */
const hugeLine = fc
  .tuple(fc.constantFrom('a', ' ', 'I came across your profile. ', '{{', '{{name}} ', '[Name] ', 'I am ', '😀', '\u00a0'), fc.integer({ min: 200, max: 3000 }))
  .map(([unit, times]) => unit.repeat(times));

const text = fc.string({ maxLength: 12, unit: 'binary' });
const grapheme = fc.string({ maxLength: 8, unit: 'grapheme' });

/** One piece of a document. */
const fragment = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 5, arbitrary: phrase },
  { weight: 4, arbitrary: placeholder },
  { weight: 2, arbitrary: unclosed },
  { weight: 2, arbitrary: foreignSlot },
  { weight: 3, arbitrary: braces },
  { weight: 3, arbitrary: lineBreak },
  { weight: 2, arbitrary: odd },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: text },
  { weight: 2, arbitrary: grapheme },
);

/** Front matter blocks, line breaks LF (the document's style is applied later). */
const validFrontMatter = fc
  .record(
    {
      limit: fc.constantFrom('200', '300', '1', '10000', '0', '-5', '20.5', '"short"', '1e400', '.nan', '0x10', '[1, 2]', '~', '99999'),
      contacts: fc.constantFrom('contacts.csv', 'people.json', '../../etc/passwd', '/etc/passwd', '', '"  "', '[a, b]', '{{name}}'),
      sample: fc.constantFrom('Ana', 'Ana Ruiz', '""', '42', '[x]', '__proto__', 'constructor'),
      disable: fc.constantFrom('[salesy]', 'whitespace', '[nope, missing-name]', '[__proto__, constructor]', '{a: 1}', '[1, true, ~]', '[]'),
      rules: fc.constantFrom('{whitespace: off}', '{missing-name: error, nope: warning}', '{__proto__: off}', '{constructor: error, toString: hint}', '{salesy: loud}', '[a]', '"off"', '{}'),
      unknown: fc.constantFrom('colour: blue', '__proto__: {polluted: true}', 'constructor: {prototype: {polluted: true}}', 'toString: 1', '"": empty'),
    },
    { requiredKeys: [] },
  )
  .map((fields) => `---\n${Object.entries(fields).map(([k, v]) => (k === 'unknown' ? v : `${k}: ${v}`)).join('\n')}\n---\n`);

const weirdFrontMatter = fc.constantFrom(
  '---\nlimit: [\n---\n',
  '---\nlimit: 200\n',
  '---\n---\n',
  '---\n...\n',
  '---\n\n---\n',
  '---\n- a\n- b\n---\n',
  '---\njust a string\n---\n',
  '---\nlimit: 1\nlimit: 2\n---\n',
  '---\na: &x [1, 2]\nb: *x\nc: *y\n---\n',
  '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n',
  '---\n<<: {limit: 200}\n---\n',
  '---\n? [complex, key]\n: value\n---\n',
  '---\n!!binary limit: x\n---\n',
  '---\nlimit: !!js/function "function(){}"\n---\n',
  '---\n\tlimit: 200\n---\n',
  '---\n"unclosed: string\n---\n',
  '---\nrules:\n  whitespace: off\n  whitespace: error\n---\n',
  '---\ndisable:\n  - [nested, list]\n---\n',
  '--- \nlimit: 200\n---   \n',
  '---\nlimit: 200\n---',
  '----\nlimit: 200\n----\n',
  '\uFEFF---\nlimit: 200\n---\n',
  '---\n%YAML 1.2\n---\n',
  '---\n{{name}}: x\n---\n',
  '---\ndisable: &ids [whitespace]\n---\n',
  '---\ndisable: !!seq [whitespace]\n---\n',
  '---\ndisable: [whitespace] # off for now\n---\n',
  '---\ndisable: [whitespace,]\n---\n',
  '---\ndisable: [\n  whitespace,\n  salesy\n]\n---\n',
  '---\ndisable:\n  - whitespace # why\n  - salesy\n---\n',
  '---\ndisable:\n- whitespace\n---\n',
  '---\ndisable: "whitespace"\n---\n',
  '---\ndisable: |\n  whitespace\n---\n',
  '---\ndisable:\n---\n',
  '---\ndisable: ~\n---\n',
  '---\ndisable: []\nlimit: 200\n---\n',
  '---\ndisable: {whitespace: true}\n---\n',
  '---\n# only a comment\n---\n',
  '---\nlimit: 200 # premium\n---\n',
);

/** Front matter: none, valid-looking, or broken and weird. */
const frontMatter = fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 3, arbitrary: validFrontMatter }, { weight: 2, arbitrary: weirdFrontMatter });

/** Rewrites every line break of `text` in one style (or leaves them mixed). */
function withLineBreaks(text: string, style: 'keep' | 'lf' | 'crlf' | 'cr'): string {
  if (style === 'keep') return text;
  const unified = text.replace(/\r\n?/g, '\n');
  return style === 'lf' ? unified : unified.replace(/\n/g, style === 'crlf' ? '\r\n' : '\r');
}

/** A whole .invite document: optional BOM, front matter, fragments, optional huge line and final line break. */
export const documentArb: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    frontMatter,
    blankAfter: fc.constantFrom('', '\n', '\n\n'),
    fragments: fc.array(fragment, { maxLength: 40 }),
    huge: fc.oneof({ weight: 15, arbitrary: fc.constant('') }, { weight: 1, arbitrary: hugeLine }),
    final: fc.constantFrom('', '\n', '\r\n', '\n\n'),
    breaks: fc.constantFrom('keep', 'keep', 'lf', 'crlf', 'cr') as fc.Arbitrary<'keep' | 'lf' | 'crlf' | 'cr'>,
  })
  .map((d) => {
    const body = d.fragments.join(d.fragments.length % 3 === 0 ? '' : ' ') + d.huge;
    return withLineBreaks(`${d.bom ? '\uFEFF' : ''}${d.frontMatter}${d.blankAfter}${body}${d.final}`, d.breaks);
  });

/** Field names contacts may carry: standard, custom, prototype member names, odd ones. */
export const fieldNameArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STANDARD) },
  { weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom('custom-field', 'x', 'proto', 'to-string', 'prototype') },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

const valueArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('', ' ', 'Ana', 'Ana Ruiz', 'Ruiz', 'Northwind', 'the Springs social mixer', '  padded  ', 'line\r\nbreak', 'cr\ronly', '😀👩‍💻', 'e\u0301') },
  { weight: 2, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 2000 }).map((n) => 'x'.repeat(n)) },
);

/**
 * A contact record as a plain object whose keys are all own properties
 * (`__proto__` included: built with Object.fromEntries, as JSON.parse would).
 */
export const recordArb: fc.Arbitrary<Record<string, string>> = fc
  .array(fc.tuple(fieldNameArb, valueArb), { maxLength: 8 })
  .map((entries) => Object.fromEntries(entries));

/** A contact set of up to 12 records. */
export const contactSetArb: fc.Arbitrary<ContactSet> = fc.array(recordArb, { maxLength: 12 }).map((records) => createContactSet(records, 'contacts.csv'));

/** Literal phrases as a user might type them into settings, regular-expression syntax included. */
export const userPhraseArb = fc.oneof(
  fc.constantFrom('(a+)+$', '.*', '.+', '^', '$', '\\', '[a-z]+', '(?:x|y)*', 'a{1,99999}', '\\d+', '|', '?', '(', ')', '[', ']', '{2}', '/', "it's", '😀+', 'a\u0301'),
  fc.string({ minLength: 1, maxLength: 12 }),
);
