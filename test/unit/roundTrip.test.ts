import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, compatibleFixes, fixAll, lint, type Edit } from '../../server/src/core/index';

const ROOT = join(__dirname, '..', '..');
const FOLDERS = ['samples', join('test', 'fixtures', 'templates')];
const templates = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder)).filter((f) => f.endsWith('.invite')).sort().map((f) => join(folder, f)),
);

/**
 * fixAll, one pass at a time: each pass lints, takes the compatible fixes
 * and applies them. Returns every pass's text and edits.
 */
function passes(text: string): { before: string; edits: Edit[] }[] {
  const out: { before: string; edits: Edit[] }[] = [];
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const result = lint(current);
    if (result.template.frontMatter?.syntaxErrors.length) break;
    const edits = compatibleFixes(result.problems.flatMap((p) => (p.fix ? [p.fix] : [])));
    if (edits.length === 0) break;
    out.push({ before: current, edits });
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
  }
  return out;
}

/** Asserts that `after` is `before` with exactly `edits` applied: every stretch between edits is unchanged. */
function assertOnlyEditsChanged(before: string, after: string, edits: readonly Edit[]): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let from = 0;
  let shift = 0;
  for (const e of sorted) {
    assert.ok(e.start >= from, `edits overlap at ${e.start}`);
    assert.equal(after.slice(from + shift, e.start + shift), before.slice(from, e.start), `text before the edit at ${e.start} changed`);
    assert.equal(after.slice(e.start + shift, e.start + shift + e.text.length), e.text);
    shift += e.text.length - (e.end - e.start);
    from = e.end;
  }
  assert.equal(after.slice(from + shift), before.slice(from), 'text after the last edit changed');
}

describe('round trip: lint, fix all, lint again', () => {
  it('finds the templates', () => {
    assert.ok(templates.some((t) => t.endsWith('met-at-event.invite')));
    assert.ok(templates.filter((t) => t.includes('fixtures')).length >= 5);
  });

  for (const file of templates) {
    describe(file, () => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const fixed = fixAll(text);

      it('leaves no problem with an automatic fix (or, with broken front matter, the text as it was)', () => {
        if (!fixed.fixable) {
          assert.equal(fixed.text, text);
          return;
        }
        const left = lint(fixed.text).problems.filter((p) => p.fix);
        assert.deepEqual(left.map((p) => `${p.ruleId}: ${p.message}`), []);
      });

      it('is idempotent', () => {
        const again = fixAll(fixed.text);
        assert.equal(again.text, fixed.text);
        assert.equal(again.applied, 0);
      });

      it('changes only the ranges its fixes name, inside the note', () => {
        let current = text;
        for (const { before, edits } of passes(text)) {
          const body = lint(before).template.body;
          for (const e of edits) assert.ok(e.start >= body.start && e.end <= body.end, `edit [${e.start}, ${e.end}) is outside the note [${body.start}, ${body.end})`);
          current = applyEdits(before, edits);
          assertOnlyEditsChanged(before, current, edits);
        }
        assert.equal(current, fixed.text, 'fixAll applies exactly the passes');
      });

      it('keeps the front matter, the byte order mark and the line breaks', () => {
        const template = lint(text).template;
        assert.equal(fixed.text.slice(0, template.body.start), text.slice(0, template.body.start));
        if (text.includes('\r\n')) assert.ok(!/(?<!\r)\n/.test(fixed.text), 'a CRLF file keeps CRLF');
        assert.equal(fixed.text.endsWith('\n'), text.endsWith('\n'));
      });

      it('introduces no broken or unknown placeholder', () => {
        const introduced = lint(fixed.text).problems.filter((p) => p.ruleId === 'placeholder-syntax' || p.ruleId === 'unknown-placeholder');
        const before = lint(text).problems.filter((p) => p.ruleId === 'placeholder-syntax' || p.ruleId === 'unknown-placeholder');
        assert.ok(introduced.length <= before.length, introduced.map((p) => p.message).join('\n'));
      });
    });
  }

  it('leaves a template with broken front matter untouched', () => {
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'templates', 'broken-front-matter.invite'), 'utf8');
    assert.deepEqual(fixAll(text), { text, applied: 0, fixable: false });
  });

  it('the messy fixture comes out as a sound note', () => {
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'templates', 'messy.invite'), 'utf8');
    assert.equal(
      fixAll(text).text,
      "---\nlimit: 300\n---\n\n\nHi {{name}},\nI'd love to connect to swap notes on {{company}}'s design system.\n\nTo learn more, I'm hoping for {{next-step}} and {{where-met}}.\n",
    );
  });

  it('the CRLF fixture keeps CRLF and its layout', () => {
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'templates', 'messy-crlf.invite'), 'utf8');
    assert.equal(fixAll(text).text, "Hi {{name}}!\r\n\r\nI'd love to connect, since we both spoke at {{where-met}}.\r\n");
  });

  it('the BOM fixture keeps its byte order mark', () => {
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'templates', 'bom.invite'), 'utf8');
    assert.equal(
      fixAll(text).text,
      '\uFEFF---\r\ncontacts: ../contacts/none.csv\r\n---\r\n\r\nHello {{name}}, we met at {{where-met}} and I admire your work at {{company}}.\r\n',
    );
  });
});
