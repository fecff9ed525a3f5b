import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findContactsFile } from '../../../server/src/contacts/index';

describe('contacts: findContactsFile', () => {
  let top: string;
  let root: string;
  const file = (relative: string, text = 'Name\nAnn\n') => {
    const path = join(root, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  };

  beforeEach(() => {
    top = mkdtempSync(join(tmpdir(), 'invite-contacts-'));
    root = join(top, 'workspace');
    mkdirSync(root);
  });
  afterEach(() => rmSync(top, { recursive: true, force: true }));

  it('takes the front matter file first, relative to the template', () => {
    const template = file('notes/event.invite');
    const named = file('lists/expo.csv');
    file('notes/contacts.json', '[]');
    file('setting.csv');
    assert.deepEqual(findContactsFile(template, { frontMatter: '../lists/expo.csv', setting: 'setting.csv', root }), { path: named });
  });

  it('takes the setting next, relative to the root', () => {
    const template = file('notes/event.invite');
    const setting = file('data/people.csv');
    file('notes/contacts.json', '[]');
    assert.deepEqual(findContactsFile(template, { setting: 'data/people.csv', root }), { path: setting });
  });

  it('takes a file named on the command line as it is, wherever it is', () => {
    const template = file('notes/event.invite');
    writeFileSync(join(top, 'elsewhere.csv'), 'Name\nAnn\n');
    assert.deepEqual(findContactsFile(template, { named: join(top, 'elsewhere.csv'), root }), { path: join(top, 'elsewhere.csv') });
  });

  it('without a root, takes the setting relative to the template folder, and never above it', () => {
    const template = file('notes/event.invite');
    const beside = file('notes/people.csv');
    file('data/people.csv');
    assert.deepEqual(findContactsFile(template, { setting: 'people.csv' }), { path: beside });
    assert.deepEqual(findContactsFile(template, { setting: '../data/people.csv' }), { error: `contacts setting: "../data/people.csv" points outside ${join(root, 'notes')}; refused.` });
  });

  it('else finds the nearest contacts.json, contacts.csv or Connections.csv, in that order', () => {
    const template = file('a/b/event.invite');
    file('Connections.csv');
    const nearer = file('a/Connections.csv');
    file('a/contacts.csv');
    const first = file('a/contacts.json', '[]');
    assert.deepEqual(findContactsFile(template, { root }), { path: first });
    rmSync(first);
    assert.deepEqual(findContactsFile(template, { root }), { path: join(root, 'a/contacts.csv') });
    rmSync(join(root, 'a/contacts.csv'));
    assert.deepEqual(findContactsFile(template, { root }), { path: nearer });
  });

  it('stops the search at the root', () => {
    writeFileSync(join(top, 'contacts.json'), '[]');
    const template = file('a/event.invite');
    assert.deepEqual(findContactsFile(template, { root }), {});
  });

  it('without a root, or for a template outside it, searches only the template folder', () => {
    writeFileSync(join(top, 'contacts.json'), '[]');
    const template = file('a/event.invite');
    assert.deepEqual(findContactsFile(template, {}), {});
    const outside = join(top, 'other', 'event.invite');
    mkdirSync(dirname(outside));
    writeFileSync(outside, 'Hi');
    assert.deepEqual(findContactsFile(outside, { root }), {});
    writeFileSync(join(top, 'other', 'contacts.csv'), 'Name\nAnn\n');
    assert.deepEqual(findContactsFile(outside, { root }), { path: join(top, 'other', 'contacts.csv') });
  });

  it('refuses a contacts file found by the search that is a link leading outside the root', () => {
    const template = file('notes/event.invite');
    writeFileSync(join(top, 'secret.csv'), 'Name\nAnn\n');
    symlinkSync(join(top, 'secret.csv'), join(root, 'contacts.csv'));
    const linked = join(root, 'contacts.csv');
    assert.deepEqual(findContactsFile(template, { root }), { error: `"${linked}" points outside ${root}; refused.` });
  });

  it('refuses front matter above the template folder for a template outside every root, and a setting that climbs out of the root', () => {
    const outside = join(top, 'other', 'event.invite');
    mkdirSync(dirname(outside));
    writeFileSync(outside, 'Hi');
    file('people.csv');
    assert.deepEqual(findContactsFile(outside, { frontMatter: '../workspace/people.csv' }), {
      error: `contacts: "../workspace/people.csv" points outside ${join(top, 'other')}; refused.`,
    });
    const template = file('notes/event.invite');
    assert.deepEqual(findContactsFile(template, { setting: '../../../x.csv', root }), { error: `contacts setting: "../../../x.csv" points outside ${root}; refused.` });
    assert.deepEqual(findContactsFile(template, { setting: join(top, 'secret.csv'), root }), { error: `contacts setting: "${join(top, 'secret.csv')}" points outside ${root}; refused.` });
  });

  it('refuses front matter that points outside the root', () => {
    const template = file('notes/event.invite');
    writeFileSync(join(top, 'secret.csv'), 'Name\nAnn\n');
    assert.deepEqual(findContactsFile(template, { frontMatter: '../../etc/passwd', root }), {
      error: `contacts: "../../etc/passwd" points outside ${root}; refused.`,
    });
    assert.deepEqual(findContactsFile(template, { frontMatter: '../../secret.csv', root }), {
      error: `contacts: "../../secret.csv" points outside ${root}; refused.`,
    });
  });

  it('refuses a link inside the root that leads outside it', () => {
    const template = file('notes/event.invite');
    writeFileSync(join(top, 'secret.csv'), 'Name\nAnn\n');
    symlinkSync(join(top, 'secret.csv'), join(root, 'notes/linked.csv'));
    assert.deepEqual(findContactsFile(template, { frontMatter: 'linked.csv', root }), {
      error: `contacts: "linked.csv" points outside ${root}; refused.`,
    });
  });

  it('names the missing file of the front matter or the setting', () => {
    const template = file('notes/event.invite');
    file('notes/contacts.json', '[]');
    assert.deepEqual(findContactsFile(template, { frontMatter: 'gone.csv', root }), {
      error: `contacts: "gone.csv" not found (${join(root, 'notes/gone.csv')}).`,
    });
    assert.deepEqual(findContactsFile(template, { setting: 'gone.csv', root }), {
      error: `contacts setting: "gone.csv" not found (${join(root, 'gone.csv')}).`,
    });
  });
});
