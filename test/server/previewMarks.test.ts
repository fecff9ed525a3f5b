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
      'warning expanded-text: Punctuation doubled after {{company}} for Zoë Ramírez: "…Brightline Labs, Inc..".',
      'info contact-value: {{company}} has a legal suffix for Zoë Ramírez: the note says "…How is the team at Brightline Labs, Inc..".',
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

  it('lists for the contact shown exactly what lint says for that contact alone, with the template\'s severities', () => {
    const text = `---\nlimit: 40\nrules: { missing-value: error }\n---\n${TEXT}`;
    const { document, check } = checkOf(text, {}, 2);
    const alone = lint(text, { contacts: createContactSet([{ 'first-name': 'JOHN', 'last-name': 'SMITH', company: 'Acme', 'where-met': '' }]) });
    const said = (p: { severity: string; ruleId: string; message: string }) => `${p.severity} ${p.ruleId}: ${p.message}`;
    const shown = preview(document, check).problems.map(said);
    assert.deepEqual(shown, alone.problems.map(said));
    assert.ok(shown.includes('error missing-value: JOHN SMITH has no where-met: the note would have a gap here.'), shown.join('\n'));
    assert.ok(shown.some((p) => p.startsWith('error max-length: Over the 40-character limit for JOHN SMITH: ')), shown.join('\n'));
  });

  it('lists no problem of a rule the template disables, and flags no contact for it', () => {
    const text = `---\nlimit: 40\ndisable: [missing-value, max-length, expanded-text, contact-value]\n---\n${TEXT}`;
    const { document, check } = checkOf(text, {}, 2);
    const result = preview(document, check);
    assert.deepEqual(result.problems.map((p) => p.ruleId).filter((id) => ['missing-value', 'max-length', 'expanded-text', 'contact-value'].includes(id)), []);
    assert.deepEqual(result.flagged, []);
    assert.equal(result.overCount, 3, 'the chart still shows who goes over');
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
