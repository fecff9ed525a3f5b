import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { contactValue, expand, expandForContact, lint, parseTemplate, STANDARD_FIELDS, type Placeholder, type Segment } from '../../server/src/core/index';
import { parseContactsText } from '../../server/src/contacts/index';
import { parseSettings } from '../../server/src/settings';
import { contactSetArb, documentArb, PROTOTYPE_NAMES, recordArb } from './arbitraries';
import { assertPrototypeUnchanged, prototypeSnapshot } from './invariants';
import { itHolds } from './propertyRuns';

/** Placeholders named like Object.prototype members, and the field each becomes. */
const SPECIAL = [
  { written: '{{__proto__}}', field: 'proto' },
  { written: '{{constructor}}', field: 'constructor' },
  { written: '{{toString}}', field: 'to-string' },
  { written: '{{ hasOwnProperty | fallback }}', field: 'has-own-property' },
  { written: '{{valueOf}}', field: 'value-of' },
] as const;

const specialArb = fc.subarray([...SPECIAL], { minLength: 1 });

/** Raw `invite` settings as JSON text: prototype keys at every level, values of every type. */
const settingsJsonArb = fc
  .tuple(
    fc.constantFrom('rules', 'assumedLengths', 'phrases', '__proto__', 'constructor', 'limit', 'contacts', 'trace'),
    fc.constantFrom('__proto__', 'constructor', 'toString', 'whitespace', 'name', 'canned'),
    fc.constantFrom('"off"', '5', '{"polluted": 1}', '["x"]', 'null', 'true', '"short"', '-1'),
  )
  .map(([outer, inner, value]) => `{"${outer}": {"${inner}": ${value}}, "limit": ${value}}`);

describe('property: names of Object.prototype members are only data', () => {
  const prototype = prototypeSnapshot();
  afterEach(() => assertPrototypeUnchanged(prototype));

  it('reports {{__proto__}}, {{constructor}} and {{toString}} as unknown placeholders and expands them to nothing', () => {
    const text = 'Hi {{__proto__}}, {{constructor}} and {{toString}}.\n';
    const result = lint(text);
    const unknown = result.problems.filter((p) => p.ruleId === 'unknown-placeholder');
    assert.deepEqual(
      unknown.map((p) => [p.start, p.end, p.message]),
      [
        [5, 14, 'Unknown placeholder {{proto}}: not a standard field (no contacts file is loaded).'],
        [20, 31, 'Unknown placeholder {{constructor}}: not a standard field (no contacts file is loaded).'],
        [40, 48, 'Unknown placeholder {{to-string}}: not a standard field (no contacts file is loaded).'],
      ],
    );
    assert.equal(expand(result.template, () => '').text, 'Hi ,  and .');
  });

  itHolds(
    'such placeholders are unknown unless the contacts have that column, and expand to its value, else the fallback, else nothing',
    fc.property(documentArb, specialArb, contactSetArb, fc.boolean(), (doc, specials, contacts, withContacts) => {
      const text = `${doc}\n${specials.map((s) => s.written).join(' ')}\n`;
      const options = withContacts ? { contacts } : {};
      const result = lint(text, options);
      const template = result.template;
      for (const special of specials) {
        const at = text.lastIndexOf(special.written);
        const p: Placeholder | undefined = template.placeholders.find((q) => q.start === at);
        assert.ok(p, `${special.written} parsed as a placeholder`);
        assert.equal(p.field, special.field);
        const known = STANDARD_FIELDS.has(p.field) || (withContacts && contacts.columns.has(p.field));
        const reported = result.problems.some((q) => q.ruleId === 'unknown-placeholder' && q.start === p.fieldSpan.start && q.end === p.fieldSpan.end);
        // A front matter that turns the rule off is the one reason a truly unknown field goes unreported.
        const ruleOff = result.settings.disable.includes('unknown-placeholder') || 'unknown-placeholder' in result.settings.rules;
        if (!ruleOff) assert.equal(reported, !known, `${special.written} reported: ${reported}, known: ${known}`);
        for (let i = 0; i < (withContacts ? contacts.size : 1); i++) {
          const expansion = withContacts && contacts.size ? expandForContact(template, contacts, i) : expand(template, () => '');
          const segment: Segment = expansion.segments.find((s) => s.source.start === p.start)!;
          const own: string = withContacts && contacts.size ? contactValue(contacts, i, p.field) : '';
          assert.equal(segment.text, (own || p.fallback || '').replace(/\r\n?/g, '\n'));
        }
      }
    }),
  );

  itHolds(
    'contacts files with keys and headers named like prototype members load them as plain columns',
    fc.property(fc.array(recordArb, { minLength: 1, maxLength: 6 }), fc.boolean(), (records, asCsv) => {
      const named = records.map((r) => ({ ...Object.fromEntries(Object.entries(r)), 'first-name': 'Ana' }));
      const text = asCsv ? toCsv(named) : JSON.stringify(named.map((r) => Object.fromEntries(Object.entries(r))));
      const loaded = parseContactsText(text, asCsv ? 'contacts.csv' : 'contacts.json');
      assert.equal(loaded.error, undefined, `${loaded.error}`);
      const set = loaded.contacts!;
      for (const name of PROTOTYPE_NAMES) {
        const column = set.columns.get(name);
        if (column) for (const v of column) assert.equal(typeof v, 'string', `column ${name} holds text`);
      }
      const template = parseTemplate('Hi {{constructor}} {{__proto__}} {{to-string}} {{proto}}\n');
      for (let i = 0; i < set.size; i++) {
        for (const s of expandForContact(template, set, i).segments) assert.doesNotMatch(s.text, /\[object |function |native code/);
      }
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    }),
  );

  itHolds(
    'settings with prototype-named keys never throw and never change what a plain object inherits',
    fc.property(settingsJsonArb, (json) => {
      const { settings } = parseSettings(JSON.parse(json));
      assert.equal(typeof settings.limit, 'number');
      for (const [id, severity] of Object.entries(settings.rules)) assert.equal(typeof severity, 'string', id);
      for (const [field, n] of Object.entries(settings.assumedLengths)) assert.equal(typeof n, 'number', field);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    }),
  );
});

/** Records as CSV: a header of every key seen, then one row per record. */
function toCsv(records: readonly Record<string, string>[]): string {
  const keys = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const cell = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return [keys.map(cell).join(','), ...records.map((r) => keys.map((k) => cell(Object.hasOwn(r, k) ? r[k] : '')).join(','))].join('\n');
}
