import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createContactSet, lint, type LintOptions } from '../../server/src/core/index';
import { escapeMarkdown } from '../../server/src/lsp/markdown';
import { contactsList, preview } from '../../server/src/lsp/preview';
import type { TemplateCheck } from '../../server/src/checkTemplate';

const contacts = createContactSet([
  { 'first-name': 'Ann', 'last-name': 'Lee', company: 'Globex', 'where-met': 'the expo' },
  { 'first-name': 'Zoë', 'last-name': 'Ramírez', company: 'Brightline Labs, Inc.', 'where-met': 'the expo' },
  { 'first-name': 'JOHN', 'last-name': 'SMITH', company: 'Acme', 'where-met': '' },
]);

/** The check of `text` with the contacts above, contact `sample` chosen. */
function checkOf(text: string, options: LintOptions = {}, sample = 0): { document: TextDocument; check: TemplateCheck } {
  const document = TextDocument.create('file:///a.invite', 'invite', 1, text);
  const all = { ...options, contacts };
  return { document, check: { result: lint(text, all), options: all, contacts, sample } };
}

const TEXT = 'Hi {{first-name}}, we met at {{where-met}}. How is the team at {{company}}.\n';

describe('preview: what reads wrong for the contact shown', () => {
  it('marks the value a problem is about and lists it for that contact', () => {
    const { document, check } = checkOf(TEXT, {}, 1);
    const result = preview(document, check);
    assert.deepEqual(result.segments.filter((s) => s.flags).map((s) => [s.text, s.flags]), [
      ['Brightline Labs, Inc.', ['Punctuation doubled after {{company}}', '{{company}} has a legal suffix']],
    ]);
    const reading = result.problems.filter((p) => p.ruleId === 'expanded-text' || p.ruleId === 'contact-value');
    assert.deepEqual(reading.map((p) => `${p.severity} ${p.ruleId}: ${p.message}`), [
      'warning expanded-text: Punctuation doubled after {{company}} for Zoë Ramírez.',
      'info contact-value: {{company}} has a legal suffix for Zoë Ramírez.',
    ]);
    assert.deepEqual(preview(checkOf(TEXT).document, checkOf(TEXT).check).segments.filter((s) => s.flags), []);
  });

  it('lists the contacts with problems for the chart: a value that reads wrong, a gap', () => {
    const { document, check } = checkOf(TEXT);
    assert.deepEqual(preview(document, check).flagged, [1, 2]);
  });

  it('marks nothing for a rule that is off', () => {
    const { document, check } = checkOf(TEXT, { rules: { 'expanded-text': 'off', 'contact-value': 'off' } }, 1);
    const result = preview(document, check);
    assert.deepEqual(result.segments.filter((s) => s.flags), []);
    assert.deepEqual(result.flagged, [2]);
  });

  it('gives the picker each name as the lookup compares it', () => {
    const { check } = checkOf(TEXT);
    assert.deepEqual(contactsList(check).searchNames, ['ann lee', 'zoe ramirez', 'john smith']);
  });
});

describe('markdown', () => {
  it('escapes contact values so they show as written', () => {
    assert.equal(escapeMarkdown('<img src=x> *Jane* [a](b) `c`'), '\\<img src\\=x\\> \\*Jane\\* \\[a\\]\\(b\\) \\`c\\`');
  });
});
