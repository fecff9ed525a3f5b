import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { assumedLength, createContactSet, estimatedLength, expand, expandForContact, expandedLengths, parseTemplate } from '../../server/src/core/index';

describe('expand', () => {
  const set = createContactSet([
    { 'first-name': 'Ana', 'last-name': 'Ruiz', company: 'Acme', 'where-met': 'the mixer' },
    { 'first-name': 'Bob', company: '' },
  ]);

  it('fills values, then fallbacks, and marks gaps', () => {
    const template = parseTemplate('Hi {{name}} of {{company | your team}}, we met at {{where-met}}.');
    const ana = expandForContact(template, set, 0);
    const bob = expandForContact(template, set, 1);
    assert.equal(ana.text, 'Hi Ana of Acme, we met at the mixer.');
    assert.equal(bob.text, 'Hi Bob of your team, we met at .');
    assert.deepEqual(bob.segments.map((s) => [s.kind, s.text, s.field ?? null]), [
      ['literal', 'Hi ', null], ['value', 'Bob', 'name'], ['literal', ' of ', null], ['fallback', 'your team', 'company'],
      ['literal', ', we met at ', null], ['missing', '', 'where-met'], ['literal', '.', null],
    ]);
  });

  it('segments index the expanded text and point back at the template', () => {
    const text = 'Hi {{name}},\r\nbye';
    const template = parseTemplate(text);
    const e = expand(template, () => 'Ana');
    assert.equal(e.text, 'Hi Ana,\nbye');
    for (const s of e.segments) {
      assert.equal(e.text.slice(s.start, s.end), s.text);
      if (s.kind === 'value') assert.equal(text.slice(s.source.start, s.source.end), '{{name}}');
    }
  });

  it('derives name fields from each other', () => {
    const people = createContactSet([{ 'full-name': 'Taa Dixon' }, { name: 'Sue' }, { 'first-name': 'Amy', 'last-name': 'Li' }]);
    const t = parseTemplate('{{name}}|{{first-name}}|{{last-name}}|{{full-name}}');
    assert.deepEqual([0, 1, 2].map((i) => expandForContact(t, people, i).text), ['Taa|Taa|Dixon|Taa Dixon', 'Sue|Sue||Sue', 'Amy|Amy|Li|Amy Li']);
  });

  it('estimates with assumed lengths, settings first', () => {
    const t = parseTemplate('Hi {{name}}, {{hobby}} {{reason | x}}');
    assert.equal(estimatedLength(t), 'Hi ,  '.length + 7 + 12 + 60);
    assert.equal(estimatedLength(t, { hobby: 3 }), 'Hi ,  '.length + 7 + 3 + 60);
    assert.equal(assumedLength('where-met'), 28);
  });
});

describe('expandedLengths', () => {
  const FIELDS = ['name', 'first-name', 'company', 'where-met', 'reason', 'hobby', 'unknown'];
  const value = fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ maxLength: 12 }), fc.constantFrom('Ana', 'Zoë', 'a\r\nb', 'x\ny', '👋'));
  const piece = fc.oneof(
    fc.constantFrom('Hi ', ', ', 'we met at ', '.\n', '\r\n', ' ', 'é', '{{}}', '{{ bad name }}', '{name}', '{{unclosed '),
    fc.constantFrom(...FIELDS).map((f) => `{{${f}}}`),
    fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom('', 'there', 'a b', 'x\u00e9')).map(([f, fb]) => `{{ ${f} | ${fb} }}`),
  );
  const contact = fc.record({ 'first-name': value, company: value, 'where-met': value, hobby: value }, { requiredKeys: [] });

  it('equals expand(...).length for every contact (random templates and contacts)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(contact, { maxLength: 8 }), fc.boolean(), (pieces, records, withFrontMatter) => {
        const text = (withFrontMatter ? '---\nlimit: 200\n---\n\n' : '') + pieces.join('') + '\n';
        const template = parseTemplate(text);
        const set = createContactSet(records);
        const lengths = expandedLengths(template, set);
        assert.equal(lengths.length, set.size);
        for (let i = 0; i < set.size; i++) assert.equal(lengths[i], expandForContact(template, set, i).length, `contact ${i} of ${JSON.stringify(text)}`);
      }),
      { numRuns: 400, seed: 20240501 },
    );
  });

  it('gives a new array each call, right after the literal text or the placeholders change', () => {
    const set = createContactSet([{ 'first-name': 'Ana', company: 'Acme' }, { 'first-name': 'Bartholomew', company: '' }]);
    const first = expandedLengths(parseTemplate('Hi {{name}} of {{company | you}}'), set);
    assert.deepEqual([...first], [14, 21]);
    first[0] = 999;
    assert.deepEqual([...expandedLengths(parseTemplate('Hello {{name}} of {{company | you}}!'), set)], [18, 25]);
    assert.deepEqual([...expandedLengths(parseTemplate('Hi {{name}} of {{company}}'), set)], [14, 18]);
    assert.deepEqual([...expandedLengths(parseTemplate('Hi {{name}} of {{company | you}}'), set)], [14, 21]);
  });

  it('adds repeated placeholders once per use', () => {
    const set = createContactSet([{ 'first-name': 'Ana' }, { 'first-name': '' }]);
    const t = parseTemplate('{{name}} {{name}} {{name | you}} {{name | you}}');
    assert.deepEqual([...expandedLengths(t, set)], [15, 9]);
  });
});
