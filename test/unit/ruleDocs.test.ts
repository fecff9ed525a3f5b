import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContactSet, lint, RULES, type ContactSet } from '../../server/src/core/index';
import { loadContactsFile } from '../../server/src/contacts/index';

const ROOT = join(__dirname, '..', '..');

/** The sample contacts, plus a "Favorite Topic" column the docs use as an example of a custom column. */
function docContacts(): ContactSet {
  const loaded = loadContactsFile(join(ROOT, 'samples', 'Connections.csv')).contacts!;
  const records = Array.from({ length: loaded.size }, (_, i) => {
    const record: Record<string, string> = {};
    for (const field of loaded.sourceFields) record[field] = loaded.columns.get(field)![i];
    record['favorite-topic'] = 'compilers';
    return record;
  });
  return createContactSet(records, 'Connections.csv');
}

/** The ```invite examples of a rule doc, each marked by the "Flagged"/"Hinted" or "Fine" paragraph before it. */
function examples(markdown: string): { flagged: boolean; text: string }[] {
  const out: { flagged: boolean; text: string }[] = [];
  let mode: boolean | undefined;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('## ')) mode = undefined;
    else if (/^(Flagged|Hinted)\b/.test(line)) mode = true;
    else if (/^Fine\b/.test(line)) mode = false;
    else if (line === '```invite') {
      const end = lines.indexOf('```', i + 1);
      assert.notEqual(mode, undefined, `example at line ${i + 1} is not marked Flagged or Fine`);
      out.push({ flagged: mode!, text: lines.slice(i + 1, end).join('\n') + '\n' });
      i = end;
    }
  }
  return out;
}

describe('rule docs', () => {
  const contacts = docContacts();
  for (const rule of RULES) {
    const { id, defaultSeverity, fixable } = rule.meta;
    describe(`docs/rules/${id}.md`, () => {
      const markdown = readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');

      it('has the title, the sections and the facts of the rule', () => {
        assert.equal(markdown.split('\n')[0], `# ${id}`);
        for (const section of ['## Why it matters', '## Examples', '## Fix', '## Configure']) assert.ok(markdown.includes(`\n${section}\n`), section);
        assert.ok(markdown.includes(`Default severity: **${defaultSeverity}**.`));
        for (const how of [`disable: [${id}]`, '`invite.rules`', `--rule ${id}=off`]) assert.ok(markdown.includes(how), how);
        const fix = markdown.slice(markdown.indexOf('\n## Fix\n'), markdown.indexOf('\n## Configure\n'));
        const said = /An automatic fix/.test(fix) ? 'fix' : /editor-only suggestion/i.test(fix) ? 'suggestion' : /\nNone\b/.test(fix) ? false : 'unsaid';
        assert.equal(said, fixable, 'the Fix section says what kind of fix the rule has');
      });

      it('its examples are flagged and fine as it says', () => {
        const list = examples(markdown);
        assert.ok(list.some((e) => e.flagged) || !list.length, 'at least one flagged example');
        for (const { flagged, text } of list) {
          const found = lint(text, { contacts }).problems.some((p) => p.ruleId === id);
          assert.equal(found, flagged, `${flagged ? 'should flag' : 'should not flag'}:\n${text}`);
        }
      });
    });
  }
});
