import * as assert from 'node:assert/strict';
import { contactTextIssues, createContactSet, expandForContact, parseTemplate, textIssues } from '../../server/src/core/index';

const contacts = createContactSet([
  { 'first-name': 'at', 'last-name': 'at', company: 'Acme Corp.', 'where-met': 'at the summit', reason: 'i liked your post.' },
  { 'first-name': 'Bob', 'last-name': '', company: ', Inc.', 'where-met': 'the mixer', reason: 'Your talk helped!' },
  { 'first-name': 'Cy', 'last-name': 'Wu', company: 'Globex', 'where-met': '', reason: '' },
  { 'first-name': 'dee', 'last-name': 'Dee', company: 'the team', 'where-met': 'team', reason: 'We share a field.' },
]);

const TEMPLATES = [
  '{{first-name}} {{last-name}}, we met at {{where-met}}. {{reason}}. How is {{company}}?',
  'Hi {{first-name}}.\r\n\r\n{{reason | i enjoyed it.}} At {{company}}, the {{where-met | team}} team.',
  `${'A long opening sentence that runs well past forty characters. '.repeat(2)}{{reason}} {{last-name | }}, and {{company}}.${' More text after it that is long enough to be cut. '.repeat(2)}`,
  '{{where-met}}{{company}}{{reason}}',
  'Thanks. {{first-name}} at {{where-met}} at the {{company}}.',
];

describe('contactTextIssues', () => {
  for (const text of TEMPLATES) {
    it(`reads every contact's note as its full expansion does: ${JSON.stringify(text).slice(0, 60)}`, () => {
      const template = parseTemplate(text);
      const fast = contactTextIssues(template, contacts);
      for (let i = 0; i < contacts.size; i++) {
        const full = textIssues(expandForContact(template, contacts, i)).map(({ kind, placeholder }) => ({ kind, placeholder }));
        const sorted = (list: readonly { kind: string; placeholder: number }[]) => [...list].sort((a, b) => a.placeholder - b.placeholder || a.kind.localeCompare(b.kind));
        assert.deepEqual(sorted(fast.get(i) ?? []), sorted(full), `contact ${i}`);
      }
    });
  }

  it('finds something in these templates (the comparison is not of empty lists)', () => {
    const found = TEMPLATES.flatMap((text) => [...contactTextIssues(parseTemplate(text), contacts).values()].flat());
    assert.deepEqual(new Set(found.map((i) => i.kind)), new Set(['doubled-punctuation', 'space-before-punctuation', 'repeated-word', 'lower-case-start']));
  });

  it('gives the same answer after typing far from any placeholder, and a new one after typing beside one', () => {
    const before = `${'Opening words. '.repeat(4)}Middle. ${'Opening words. '.repeat(4)}We met at {{where-met}}.${' Closing words.'.repeat(8)}`;
    const a = contactTextIssues(parseTemplate(before), contacts);
    const b = contactTextIssues(parseTemplate(before.replace('Middle.', 'Middle, typed.')), contacts);
    assert.equal(a, b);
    const c = contactTextIssues(parseTemplate(before.replace('We met at {{where-met}}', 'We met {{where-met}}')), contacts);
    assert.notEqual(a, c);
    assert.ok(a.get(0)?.some((i) => i.kind === 'repeated-word'));
    assert.equal(c.get(0), undefined);
  });
});
