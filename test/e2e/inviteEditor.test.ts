import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { applyEdits, contactName, contactValue } from '../../server/src/core/index';
import { openBrowser, screenshot, startEditor, type Editor, type EditorPage } from './editor';
import { buildInviteExtension } from './inviteExtension';
import { pollUntil, waitForCount, waitForSelector } from './poll';
import { addContact, copySamples, type SamplesWorkspace } from './samplesWorkspace';
import { serverAnswers } from './serverAnswers';
import { editorOf, goToLineColumn, openFile, problemRows, renderedText, runCommand } from './workbench';

/** A template with LinkedIn's default text, and the fix expected for it. */
const CANNED = 'canned.invite';
const CANNED_FIX = 'Replace the canned text with context and a reason';
/** A template with placeholders, previewed with the workspace's contacts. */
const PREVIEWED = 'met-at-event.invite';
/** A template the completion test writes into the workspace copy. */
const TYPED = 'typed.invite';
const TYPED_START = 'Hi {{name}}, we met at ';
/** A contact whose first name is markup: the preview must show it as text. */
const MARKUP_NAME = '<img src=x onerror=alert(1)>';
const MARKUP_CONTACT = { 'first-name': MARKUP_NAME, 'last-name': 'Markup', 'where-met': 'the <b>security</b> meetup', reason: 'Your talk on escaping was clear.' };

/**
 * The extension as a person uses it: the packaged .vsix installed into code-server, a copy of samples/
 * open, driven from Chromium. One editor serves the suite; each test works on its own file.
 */
describe('Invite Lint in a real VS Code', () => {
  let workspace: SamplesWorkspace;
  let editor: Editor | undefined;
  let session: EditorPage | undefined;
  let page: Page;
  const dialogs: string[] = [];

  before(async function () {
    this.timeout(10 * 60_000);
    const { vsix } = buildInviteExtension();
    workspace = copySamples();
    const contactsPath = (await serverAnswers(workspace.file(PREVIEWED))).check.contactsPath;
    assert.ok(contactsPath, `${PREVIEWED} uses no contacts file in samples/`);
    addContact(contactsPath, MARKUP_CONTACT);
    writeFileSync(workspace.file(TYPED), TYPED_START);
    // The tests save with Ctrl+S: code-server's web default (save 1 s after typing) would race File: Revert File.
    editor = await startEditor({ workspace: workspace.dir, vsix, userSettings: { 'files.autoSave': 'off' } });
    session = await openBrowser(editor.url, {
      beforeLoad: async (newPage) => {
        newPage.on('dialog', (dialog) => {
          dialogs.push(`${dialog.type()}: ${dialog.message()}`);
          void dialog.dismiss();
        });
      },
    });
    page = session.page;
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      const shot = await screenshot(page, `${this.currentTest.title.slice(0, 40)}-failure`).catch(() => 'none');
      console.log(`      screenshot: ${shot}`);
    }
  });

  after(async () => {
    await session?.close();
    await editor?.stop();
    workspace?.remove();
  });

  it('underlines the problems of a canned template and lists them with their rule ids in the Problems panel', async () => {
    const expected = await serverAnswers(workspace.file(CANNED));
    const severities = new Set(expected.diagnostics.map((d) => d.severity));
    assert.ok(severities.has(DiagnosticSeverity.Error) && severities.has(DiagnosticSeverity.Warning), `${CANNED} should have errors and warnings`);

    const cannedEditor = await openFile(page, CANNED);
    await waitForSelector(cannedEditor, '.view-overlays .cdr.squiggly-error');
    await waitForSelector(cannedEditor, '.view-overlays .cdr.squiggly-warning');
    await page.keyboard.press('Control+Shift+M');
    // The panel lists errors first, then by position; hints get no row.
    const rows = expected.diagnostics
      .filter((d) => d.severity !== DiagnosticSeverity.Hint)
      .sort((a, b) => (a.severity ?? 0) - (b.severity ?? 0) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
      .map((d) => `${d.message}invite-lint${d.code}[Ln ${d.range.start.line + 1}, Col ${d.range.start.character + 1}]`);
    assert.ok(rows.some((row) => row.includes('invite-lintcanned-message[')), `no canned-message in ${CANNED}`);
    const shown = await pollUntil('the Problems rows of ' + CANNED, async () => {
      const current = await problemRows(page);
      return current.length === rows.length ? current : undefined;
    });
    assert.deepEqual(shown, rows);
    await screenshot(page, 'editor-problems');
  });

  it('fixes the canned text with the quick fix from Ctrl+.', async () => {
    const file = workspace.file(CANNED);
    const before = readFileSync(file, 'utf8');
    const answers = await serverAnswers(file);
    const canned = answers.diagnostics.find((d) => d.code === 'canned-message');
    assert.ok(canned, `no canned-message in ${CANNED}`);
    const problem = answers.check.result.problems.find((p) => p.ruleId === 'canned-message');
    const fix = problem?.fix;
    assert.ok(fix, `the canned text of ${CANNED} has no fix`);
    assert.equal(fix.title, CANNED_FIX);
    const after = applyEdits(before, fix.edits);
    assert.match(after, /we met at \{\{where-met\}\}/i);

    const cannedEditor = await openFile(page, CANNED);
    await waitForSelector(cannedEditor, '.view-overlays .cdr.squiggly-error');
    await goToLineColumn(page, canned.range.start.line + 1, canned.range.start.character + 3);
    await page.keyboard.press('Control+.');
    const action = page.locator('.action-widget .monaco-list-row.action', { hasText: CANNED_FIX });
    await action.first().waitFor({ state: 'visible', timeout: 30_000 });
    await screenshot(page, 'quick-fix-menu');
    await action.first().click();

    await pollUntil('the fixed text in the editor', async () => sameWords(await renderedText(cannedEditor), after));
    const errorsAfterFix = (await serverAnswers(file, after)).check.result.problems.filter((p) => p.severity === 'error');
    assert.deepEqual(errorsAfterFix.map((p) => p.ruleId), [], `${CANNED} keeps errors after the fix`);
    await waitForCount(cannedEditor, '.view-overlays .cdr.squiggly-error', 0);
    await pollUntil('no canned-message row in the Problems panel', async () => !(await problemRows(page)).some((row) => row.includes('canned-message')));
    await page.keyboard.press('Control+S');
    await pollUntil(`${CANNED} saved with the fix`, () => readFileSync(file, 'utf8') === after);
  });

  it('completes a placeholder typed after {{', async () => {
    const file = workspace.file(TYPED);
    const typed = await openFile(page, TYPED);
    await typed.locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('{{');
    const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'where-met' }).first();
    await suggestion.waitFor({ state: 'visible', timeout: 30_000 });
    await suggestion.click();
    await pollUntil('{{where-met}} in the editor', async () => sameWords(await renderedText(typed), `${TYPED_START}{{where-met}}`));
    await page.keyboard.press('Control+S');
    await pollUntil(`${TYPED} saved`, () => readFileSync(file, 'utf8') === `${TYPED_START}{{where-met}}`);
  });

  describe('preview', () => {
    const previewFile = () => workspace.file(PREVIEWED);

    it('shows the note for the sample contact, its length and the chart, follows the picker and the edits', async () => {
      const original = readFileSync(previewFile(), 'utf8');
      const answers = await serverAnswers(previewFile());
      const sample = await answers.preview();
      assert.ok(sample.contact, `${PREVIEWED} has no sample contact`);

      await openFile(page, PREVIEWED);
      await runCommand(page, 'View: Hide Panel');
      const view = await openPreview(page);
      await expectPreview(view, sample.text, `${sample.length} / ${sample.limit}`);
      await waitForCount(view, '.chart svg.bars rect.bar', sample.lengths.length);
      assert.equal(await view.locator('.chart rect.bar.selected').getAttribute('data-index'), String(sample.contact.index));
      await screenshot(page, 'preview');

      // Another contact whose note differs in text and length.
      const other = sample.lengths.findIndex((length, index) => index !== sample.contact!.index && length !== sample.length);
      assert.ok(other >= 0, `every contact of ${PREVIEWED} has the same note length`);
      const picked = await answers.preview(other);
      // A click in the preview gives it the focus (no text editor is active then); the contact is picked there.
      await view.locator('.note-text').click();
      await view.locator('#contact').selectOption(String(other));
      await expectPreview(view, picked.text, `${picked.length} / ${picked.limit}`);
      // The status-bar item stays with the preview focused, and follows the contact picked (a render after the focus moved).
      const noteLength = `✉ ${picked.length}/${picked.limit} · ${picked.contact?.name}`;
      await pollUntil(`the status bar to show ${noteLength} with the preview focused`, async () => (await page.locator('.statusbar-item', { hasText: '✉' }).textContent())?.trim() === noteLength);

      // Typing at the end of the template: the preview follows without a save.
      const added = ' Thanks!';
      const previewed = editorOf(page, PREVIEWED);
      await previewed.locator('.view-lines').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(added);
      const edited = await (await serverAnswers(previewFile(), original + added)).preview(other);
      await expectPreview(view, edited.text, `${edited.length} / ${edited.limit}`);
      // Deleted again with Backspace, not File: Revert File: the web workbench saves after a delay, and a revert after that save would keep the edit.
      for (let i = 0; i < added.length; i++) await page.keyboard.press('Backspace');
      await expectPreview(view, picked.text, `${picked.length} / ${picked.limit}`);
      await pollUntil(`${PREVIEWED} as it was on disk`, () => readFileSync(previewFile(), 'utf8') === original);
    });

    it('follows a change to the contacts file without a keystroke: the preview and the status bar', async () => {
      const answers = await serverAnswers(previewFile());
      const sample = await answers.preview(0);
      const contactsPath = answers.check.contactsPath!;
      const original = readFileSync(contactsPath, 'utf8');
      const value = answers.check.contacts && contactValue(answers.check.contacts, 0, 'where-met');
      assert.ok(value && original.split(value).length === 2, `the first contact's where-met is not one unique value in ${contactsPath}`);

      await openFile(page, PREVIEWED);
      const view = await openPreview(page);
      await view.locator('#contact').selectOption(String(0));
      await expectPreview(view, sample.text, `${sample.length} / ${sample.limit}`);
      // Back in the editor (the status bar shows the active template), without typing.
      await editorOf(page, PREVIEWED).locator('.view-lines').click();
      await expectStatus(page, `✉ ${sample.length}/${sample.limit}`);

      // The contact's where-met grows far past the limit, on disk only.
      writeFileSync(contactsPath, original.replace(value, `${value} ${'and the long hallway conversation after it '.repeat(8).trim()}`));
      const longer = await (await serverAnswers(previewFile())).preview(0);
      assert.ok(longer.length > longer.limit, 'the edited contact goes over the limit');
      await expectPreview(view, longer.text, `${longer.length} / ${longer.limit}`);
      await expectStatus(page, `✉ ${longer.length}/${longer.limit}`);

      writeFileSync(contactsPath, original);
      await expectPreview(view, sample.text, `${sample.length} / ${sample.limit}`);
      await expectStatus(page, `✉ ${sample.length}/${sample.limit}`);
    });

    it('hover follows the sample contact chosen in the preview', async () => {
      const file = previewFile();
      const text = readFileSync(file, 'utf8');
      const answers = await serverAnswers(file);
      const contacts = answers.check.contacts!;
      const chosen = [...Array(contacts.size).keys()].find((i) => i !== answers.check.sample && /^[\w .'-]+$/.test(contactName(contacts, i)) && contactValue(contacts, i, 'where-met') !== '');
      assert.ok(chosen !== undefined, `${PREVIEWED} has no second contact with a plain name and a where-met`);
      const name = contactName(contacts, chosen);

      await openFile(page, PREVIEWED);
      const view = await openPreview(page);
      await view.locator('#contact').selectOption(String(chosen));
      const picked = await answers.preview(chosen);
      await expectPreview(view, picked.text, `${picked.length} / ${picked.limit}`);

      const at = text.indexOf('{{where-met') + 4;
      const line = text.slice(0, at).split('\n').length;
      const column = at - text.lastIndexOf('\n', at - 1);
      await editorOf(page, PREVIEWED).locator('.view-lines').click();
      await goToLineColumn(page, line, column);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      const expected = `Sample (${name}): “${contactValue(contacts, chosen, 'where-met')}”`;
      await pollUntil(`the hover to show ${expected}`, async () => ((await page.locator('.monaco-hover').allTextContents()).join(' ').includes(expected) ? true : undefined));
      await page.keyboard.press('Escape');
    });

    it('shows a contact whose name is markup as text, runs none of it', async () => {
      const answers = await serverAnswers(previewFile());
      // The contact added last.
      const markup = await answers.preview((await answers.preview()).lengths.length - 1);
      assert.equal(markup.contact?.name, `${MARKUP_NAME} Markup`);
      assert.ok(markup.text.includes(MARKUP_NAME), `${PREVIEWED} does not show the first name: ${markup.text}`);

      await openFile(page, PREVIEWED);
      const view = await openPreview(page);
      await view.locator('#contact').selectOption({ label: `${MARKUP_NAME} Markup` });
      await expectPreview(view, markup.text, `${markup.length} / ${markup.limit}`);
      assert.equal(await view.locator('.note-text').isVisible(), true);
      assert.equal(await view.locator('img').count(), 0);
      assert.equal(await view.locator('b').count(), 0);
      // The note holds text, the placeholder spans and the limit's mark and tint, nothing else.
      assert.equal(await view.locator('.note-text *:not(span.segment):not(span.over-limit):not(span.limit-mark)').count(), 0);
      await screenshot(page, 'preview-markup-contact');
      assert.deepEqual(dialogs, []);
    });
  });
});

/** True when `a` and `b` have the same words: the editor wraps long lines and renders no final newline as text. */
function sameWords(a: string, b: string): boolean {
  const words = (text: string) => text.trim().split(/\s+/).join(' ');
  return words(a) === words(b);
}

/** The preview's document inside its webview. */
function previewFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** Runs "Invite: Open Preview to the Side" and waits for the preview to show a note. */
async function openPreview(page: Page): Promise<FrameLocator> {
  await runCommand(page, 'Invite: Open Preview to the Side');
  const view = previewFrame(page);
  await view.locator('.note-text').waitFor({ state: 'visible', timeout: 30_000 });
  return view;
}

/** Waits until the note-length item of the status bar starts with `count` (`✉ 212/300`). */
async function expectStatus(page: Page, count: string): Promise<void> {
  await pollUntil(`the status bar to show ${count}`, async () => {
    const items = await page.locator('.statusbar-item').allTextContents();
    return items.some((item) => item.trim().startsWith(`${count} `) || item.trim() === count) ? true : undefined;
  });
}

/** Waits until the preview shows exactly `note` and the counter reads exactly `count`. */
async function expectPreview(view: FrameLocator, note: string, count: string): Promise<void> {
  let seen = { note: '', count: '' };
  try {
    await pollUntil(`the preview to show ${JSON.stringify(count)} and the note ${JSON.stringify(note)}`, async () => {
      seen = { note: (await view.locator('.note-text').textContent()) ?? '', count: (await view.locator('.counter .count').textContent()) ?? '' };
      return seen.note === note && seen.count === count;
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}; saw ${JSON.stringify(seen)}`);
  }
}
