import * as assert from 'node:assert/strict';
import { applyEdits, bodyText, disableRuleFix, expand, fixAll, lint, parseTemplate } from '../../server/src/core/index';

/** The document after "Disable `ruleId` in this file". */
function disabled(text: string, ruleId: string): string {
  return applyEdits(text, disableRuleFix(parseTemplate(text), ruleId).edits);
}

/** "Disable salesy in this file" on `text` (whose front matter disables whitespace) keeps the front matter valid and adds salesy. */
function assertDisableKeepsFrontMatter(text: string): void {
  const after = lint(disabled(text, 'salesy'));
  assert.deepEqual(after.template.frontMatter?.syntaxErrors, []);
  assert.deepEqual(after.settings.disable, ['whitespace', 'salesy']);
}

/** One regression test for each engine bug the property tests found (docs/reliability.md, Known bugs), named by its id. */
describe('engine bugs found by the property tests', () => {
  it('disable-fix-breaks-block-scalar: disabling a rule next to `disable: |` keeps the front matter valid', () => {
    assertDisableKeepsFrontMatter('---\ndisable: |\n  whitespace\n---\nHi {{name}}.\n');
  });

  it('disable-fix-breaks-explicit-null: disabling a rule with `disable: ~` gives `disable: [id]`', () => {
    assert.equal(disabled('---\ndisable: ~\n---\nHi {{name}}.\n', 'salesy'), '---\ndisable: [salesy]\n---\nHi {{name}}.\n');
  });

  it('disable-fix-breaks-multiline-flow-list: disabling a rule in a flow list whose ] starts a line keeps the YAML valid', () => {
    assertDisableKeepsFrontMatter('---\ndisable: [\n  whitespace\n]\n---\nHi {{name}}.\n');
  });

  it('bom-in-note-with-unclosed-front-matter: the byte order mark is never part of the note', () => {
    const template = parseTemplate('\uFEFF---\nlimit: 200\nHi {{name}}\n');
    assert.equal(template.body.start, 1);
    assert.equal(bodyText(template), '---\nlimit: 200\nHi {{name}}');
    assert.equal(expand(template, () => 'Ana').text, '---\nlimit: 200\nHi Ana');
  });

  it('generic-phrase-fix-changes-nothing: the fix for a filler line before a line break removes it, and fix-all settles', () => {
    const text = 'Hi I came across your profile\n{{name}}';
    const generic = lint(text).problems.find((p) => p.ruleId === 'generic-phrase');
    assert.ok(generic?.fix);
    assert.notEqual(applyEdits(text, generic.fix.edits), text, 'the fix changes the text');
    const fixed = fixAll(text).text;
    assert.deepEqual(lint(fixed).problems.filter((p) => p.fix).map((p) => p.ruleId), []);
  });

  it('fix-all-stops-before-settling: fix-all removes a thousand repeated filler sentences in one go', () => {
    const text = `Ana. ${'I came across your profile. '.repeat(1100)}`;
    const once = fixAll(text).text;
    assert.equal(fixAll(once).text, once, 'a second fixAll changes nothing');
  });
});
