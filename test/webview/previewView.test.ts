import * as assert from 'node:assert/strict';
import type { PreviewRequest } from '../../server/src/shared/protocol';
import type { WebviewMessage } from '../../client/src/webview/messages';
import { lengthBuckets } from '../../client/src/webview/lengthBuckets';
import { createPreviewView } from '../../client/src/webview/previewView';
import { FakeDocument, FakeElement } from './fakeDocument';

type Message = WebviewMessage;

const HOSTILE = '<img src=x onerror="alert(1)">';

function result(overrides: Partial<PreviewRequest.Result> = {}): PreviewRequest.Result {
  return {
    text: 'Hi Taa, we met at <script>alert(1)</script>. Coffee?',
    length: 52,
    estimated: false,
    limit: 300,
    segments: [
      { kind: 'literal', text: 'Hi ' },
      { kind: 'value', text: 'Taa', field: 'name' },
      { kind: 'literal', text: ', we met at ' },
      { kind: 'value', text: '<script>alert(1)</script>', field: 'where-met' },
      { kind: 'literal', text: '. ' },
      { kind: 'fallback', text: 'a coffee', field: 'next-step' },
      { kind: 'missing', text: '', field: 'company' },
      { kind: 'literal', text: '?' },
    ],
    contact: { index: 1, name: HOSTILE },
    contactsSource: 'contacts.csv',
    contactsVersion: 1,
    problems: [{ ruleId: 'missing-value', severity: 'warning', message: 'No value for {{company}} <b>here</b>.', line: 2 }],
    checklist: [
      { item: 'name', label: 'Their name', ok: true, evidence: 'Hi {{name}},', detail: 'Greets them by name.' },
      { item: 'context', label: 'How you know them', ok: true, evidence: HOSTILE, detail: 'Says how you know them: you met or talked.' },
      { item: 'reason', label: 'Why connect', ok: false, detail: 'Nothing says why you want to connect.' },
    ],
    lengths: [120, 52, 310],
    overflow: [{ index: 2, name: 'Taa Dixon', length: 310 }],
    overCount: 1,
    flagged: [1, 2],
    ...overrides,
  };
}

function mount() {
  const root = new FakeElement('main');
  const posted: Message[] = [];
  const view = createPreviewView(new FakeDocument() as unknown as Document, root as unknown as HTMLElement, (message) => posted.push(message));
  return { root, posted, view };
}

function only(elements: FakeElement[]): FakeElement {
  assert.equal(elements.length, 1);
  return elements[0];
}

describe('preview view', () => {
  it('shows the checklist above the note, each item ticked with its words or marked missing', () => {
    const { root, view } = mount();
    view.showPreview('a.invite', result());
    const items = root.byClass('check');
    assert.deepEqual(items.map((i) => [i.getAttribute('data-item'), i.classes().includes('ok')]), [['name', true], ['context', true], ['reason', false]]);
    const evidence = only(items[1].byClass('evidence'));
    assert.equal(evidence.textContent, HOSTILE);
    assert.equal(root.byTag('img').length, 0);
    const sections = root.byTag('section').map((e) => e.className);
    assert.ok(sections.indexOf('checklist') < sections.indexOf('note'), sections.join(' '));
  });

  it('puts contact values and template text in as text, never as markup', () => {
    const { root, view } = mount();
    view.showContacts(['Ada Lovelace', HOSTILE, 'Taa Dixon']);
    view.showPreview('samples/<b>x</b>.invite', result());

    const tags = new Set(root.descendants().map((element) => element.tagName));
    assert.ok(!tags.has('script') && !tags.has('img') && !tags.has('b'), `unexpected elements: ${[...tags].join(', ')}`);
    assert.equal(only(root.byClass('file-name')).textContent, 'samples/<b>x</b>.invite');
    assert.deepEqual(root.byTag('option').map((option) => option.textContent), ['Ada Lovelace', HOSTILE, 'Taa Dixon']);
    assert.equal(only(root.byClass('note-text')).textContent, 'Hi Taa, we met at <script>alert(1)</script>. a coffee?');
    assert.equal(only(root.byClass('message')).textContent, 'No value for {{company}} <b>here</b>.');
  });

  it('marks values, fallbacks and gaps with their field', () => {
    const { root, view } = mount();
    view.showPreview('a.invite', result());
    const segments = only(root.byClass('note-text')).byClass('segment').map((span) => [span.className, span.textContent, span.getAttribute('title'), span.getAttribute('data-field')]);
    assert.deepEqual(segments, [
      ['segment value', 'Taa', '{{name}}', 'name'],
      ['segment value', '<script>alert(1)</script>', '{{where-met}}', 'where-met'],
      ['segment fallback', 'a coffee', '{{next-step}}: no value, the fallback is used', 'next-step'],
      ['segment missing empty', '', '{{company}}: no value for this contact', 'company'],
    ]);
  });

  it('marks the parts of the note a problem is about, with the problems in the title', () => {
    const { root, view } = mount();
    const segments = result().segments.map((segment) => (segment.field === 'where-met' ? { ...segment, flags: ['A word repeated at {{where-met}}', HOSTILE] } : segment));
    view.showPreview('a.invite', result({ segments }));
    const flagged = only(root.byClass('flagged'));
    assert.equal(flagged.className, 'segment value flagged');
    assert.equal(flagged.getAttribute('title'), `{{where-met}}\nA word repeated at {{where-met}}\n${HOSTILE}`);
    assert.ok(!root.byTag('img').length);
  });

  it('filters the chart to the contacts with problems', () => {
    const { root, posted, view } = mount();
    view.showContacts(['Ada Lovelace', 'Grace Hopper', 'Taa Dixon']);
    view.showPreview('a.invite', result());
    const filter = only(root.byClass('filter'));
    assert.equal(filter.textContent, ' Only contacts with problems (2)');
    assert.equal(root.byClass('bar').length, 3);
    const box = only(filter.byTag('input')) as FakeElement & { checked?: boolean };
    box.checked = true;
    box.dispatch('change');
    const bars = root.byClass('bar');
    assert.deepEqual(bars.map((bar) => bar.byTag('title')[0].textContent), ['Grace Hopper: 52 characters', 'Taa Dixon: 310 characters, 10 over the limit']);
    assert.deepEqual(bars.map((bar) => bar.getAttribute('x')), ['1', '11']);
    assert.match(only(root.byClass('legend')).textContent, /^Showing the 2 contacts with problems\. One bar per contact/);
    bars[0].dispatch('click');
    assert.deepEqual(posted, [{ type: 'selectContact', index: 1 }]);
    // The choice holds for the next contact shown.
    view.showPreview('a.invite', result({ contact: { index: 2, name: 'Taa Dixon' }, flagged: [] }));
    assert.equal(root.byClass('bar').length, 0);
    assert.match(only(root.byClass('legend')).textContent, /^No contact's note has a problem\./);
  });

  it('shows the count against the limit, red over it', () => {
    const { root, view } = mount();
    view.showPreview('a.invite', result({ length: 212 }));
    const counter = only(root.byClass('counter'));
    assert.equal(counter.className, 'counter');
    assert.equal(only(root.byClass('count')).textContent, '212 / 300');
    assert.equal(only(root.byClass('copy')).className, 'copy');
    assert.equal(only(root.byClass('meter-fill')).getAttribute('width'), String((212 / 300) * 100));

    view.showPreview('a.invite', result({ length: 330 }));
    assert.equal(counter.className, 'counter over');
    assert.equal(only(root.byClass('count')).textContent, '330 / 300');
    assert.equal(counter.getAttribute('title'), '30 characters over the limit');
    assert.equal(only(root.byClass('meter-limit')).getAttribute('x'), String((300 / 330) * 100 - 0.4));

    // Copy says beforehand that the note is over the limit.
    assert.equal(only(root.byClass('copy')).className, 'copy over');
    assert.match(only(root.byClass('copy')).getAttribute('title') ?? '', /\(30 over the limit: LinkedIn will not take it whole\)$/);

    view.showPreview('a.invite', result({ length: 301 }));
    assert.equal(counter.getAttribute('title'), '1 character over the limit');
    view.showPreview('a.invite', result({ length: 299 }));
    assert.equal(counter.getAttribute('title'), '1 character left');
  });

  it('marks an estimated count', () => {
    const { root, view } = mount();
    view.showPreview('a.invite', result({ length: 180, estimated: true, contact: undefined, lengths: [], overflow: [], overCount: 0 }));
    assert.equal(only(root.byClass('count')).textContent, '≈ 180 / 300');
    assert.equal(only(root.byClass('counter')).getAttribute('title'), '120 characters left, estimated with typical lengths for the placeholders');
  });

  it('lists the problems for the contact', () => {
    const { root, posted, view } = mount();
    view.showPreview('a.invite', result());
    const problem = only(root.byClass('problem'));
    assert.equal(problem.className, 'problem warning');
    assert.deepEqual(problem.children.map((child) => child.textContent), ['warning', 'No value for {{company}} <b>here</b>.', 'line 3 · missing-value']);
    // The rule id opens its documentation.
    only(problem.byClass('rule-link')).dispatch('click');
    assert.deepEqual(posted, [{ type: 'openRuleDoc', ruleId: 'missing-value' }]);

    view.showPreview('a.invite', result({ problems: [] }));
    assert.equal(only(root.byClass('problem')).textContent, 'No problems for this contact.');
  });

  it('draws one bar per contact with the over-limit ones red and the limit line', () => {
    const { root, posted, view } = mount();
    view.showContacts(['Ada Lovelace', 'Grace Hopper', 'Taa Dixon']);
    view.showPreview('a.invite', result());
    const bars = root.byClass('bar');
    assert.deepEqual(bars.map((bar) => bar.classes().join(' ')), ['bar', 'bar selected', 'bar over']);
    assert.deepEqual(bars.map((bar) => bar.byTag('title')[0].textContent), ['Ada Lovelace: 120 characters', 'Grace Hopper: 52 characters', 'Taa Dixon: 310 characters, 10 over the limit']);
    // The chart's top is 10 % above the longest note (310), on a 100-unit scale.
    const limit = only(root.byClass('limit'));
    assert.equal(limit.getAttribute('y1'), String(100 - (300 / (310 * 1.1)) * 100));
    assert.equal(only(root.byClass('legend')).textContent, 'One bar per contact; the line is the limit. 1 of 3 over the limit of 300; shortest 52, longest 310.');

    bars[2].dispatch('click');
    assert.deepEqual(posted, [{ type: 'selectContact', index: 2 }]);
  });

  it('names each bar on focus, takes Enter and Space on it, and lists the lengths', () => {
    const { root, posted, view } = mount();
    view.showContacts(['Ada Lovelace', 'Grace Hopper', 'Taa Dixon']);
    view.showPreview('a.invite', result());
    const caption = only(root.byClass('chart-caption'));
    // The contact shown is named to begin with.
    assert.equal(caption.textContent, 'Grace Hopper: 52 characters');
    const bars = root.byClass('bar');
    assert.deepEqual(bars.map((bar) => [bar.getAttribute('tabindex'), bar.getAttribute('role')]), [['0', 'button'], ['0', 'button'], ['0', 'button']]);
    assert.equal(bars[2].getAttribute('aria-label'), 'Taa Dixon: 310 characters, 10 over the limit');
    bars[2].dispatch('focus');
    assert.equal(caption.textContent, 'Taa Dixon: 310 characters, 10 over the limit');
    bars[0].dispatch('mouseenter');
    assert.equal(caption.textContent, 'Ada Lovelace: 120 characters');

    assert.equal(bars[0].dispatch('keydown', { key: 'Enter' }).defaultPrevented, true);
    bars[2].dispatch('keydown', { key: ' ' });
    assert.equal(bars[1].dispatch('keydown', { key: 'a' }).defaultPrevented, false);
    assert.deepEqual(posted, [{ type: 'selectContact', index: 0 }, { type: 'selectContact', index: 2 }]);

    const list = only(root.byClass('length-list'));
    assert.equal(list.hidden, false);
    assert.equal(only(list.byTag('summary')).textContent, 'The 3 lengths as a list');
    const entries = list.byClass('contact-link');
    assert.deepEqual(entries.map((entry) => entry.textContent), ['Ada Lovelace: 120 characters', 'Grace Hopper: 52 characters', 'Taa Dixon: 310 characters, 10 over the limit']);
    entries[1].dispatch('click');
    assert.deepEqual(posted.at(-1), { type: 'selectContact', index: 1 });
  });

  it('draws a histogram, not a bar per contact, for 30,000 contacts', () => {
    const { root, view } = mount();
    const lengths = Array.from({ length: 30000 }, (_, i) => 150 + (i % 200));
    view.showPreview('a.invite', result({ lengths, overCount: 7350, overflow: [] }));
    const histogram = only(root.byClass('histogram'));
    const bars = histogram.byClass('bar');
    // Lengths 150–349 in steps of 5, edges aligned on 301: 146–150 … 346–350.
    assert.equal(bars.length, 41);
    assert.equal(bars.filter((bar) => bar.classes().includes('over')).length, 10);
    assert.equal(bars[0].byTag('title')[0].textContent, '146–150 characters: 150 contacts');
    assert.equal(only(root.byClass('legend')).textContent, 'Contacts by note length, in steps of 5 characters; the line is the limit. 7,350 of 30,000 over the limit of 300; shortest 150, longest 349.');
    // Listed as well: every bucket that has contacts.
    const listed = only(root.byClass('length-list')).byTag('li');
    assert.equal(listed.length, 41);
    assert.equal(listed[0].textContent, '146–150 characters: 150 contacts');
  });

  it('lists the contacts over the limit and previews one when clicked', () => {
    const { root, posted, view } = mount();
    view.showPreview('a.invite', result({ overCount: 3 }));
    assert.equal(only(root.byClass('overflow')).byTag('h2')[0].textContent, '3 contacts go over the limit');
    const entry = only(root.byClass('overflow-entry'));
    assert.equal(entry.textContent, 'Taa Dixon310 (+10)');
    assert.equal(only(root.byClass('overflow-more')).textContent, 'and 2 more');
    only(entry.byClass('contact-link')).dispatch('click');
    assert.deepEqual(posted, [{ type: 'selectContact', index: 2 }]);
  });

  it('posts the picked contact and the copy request', () => {
    const { root, posted, view } = mount();
    view.showContacts(['Ada Lovelace', 'Grace Hopper']);
    const picker = only(root.byTag('select'));
    picker.value = '1';
    picker.dispatch('change');
    only(root.byClass('copy')).dispatch('click');
    assert.deepEqual(posted, [{ type: 'selectContact', index: 1 }, { type: 'copy' }]);
  });

  it('explains the lengths when there is no contacts file', () => {
    const { root, view } = mount();
    view.showPreview('a.invite', result({ contact: undefined, lengths: [], overflow: [], overCount: 0 }));
    assert.equal(root.byTag('svg').filter((svg) => svg.classes().includes('bars') || svg.classes().includes('histogram')).length, 0);
    assert.match(only(root.byClass('legend')).textContent, /^No contacts file: /);
    assert.equal(only(root.byClass('overflow')).hidden, true);
  });

  it('shows a status line instead of the preview', () => {
    const { root, view } = mount();
    view.showStatus('Open an .invite template to preview it.');
    assert.equal(only(root.byClass('status')).hidden, false);
    assert.equal(only(root.byClass('content')).hidden, true);
    assert.equal(only(root.byClass('status')).textContent, 'Open an .invite template to preview it.');
  });
});

describe('lengthBuckets', () => {
  it('puts the bucket edge right after the limit', () => {
    const { width, buckets } = lengthBuckets([10, 295, 300, 301, 350], 300);
    assert.equal(width, 10);
    assert.equal(buckets.length, 35);
    assert.deepEqual(buckets[0], { from: 1, to: 11, count: 1, over: false });
    assert.deepEqual(buckets[29], { from: 291, to: 301, count: 2, over: false });
    assert.deepEqual(buckets[30], { from: 301, to: 311, count: 1, over: true });
    assert.deepEqual(buckets[34], { from: 341, to: 351, count: 1, over: true });
    assert.equal(buckets.reduce((sum, bucket) => sum + bucket.count, 0), 5);
  });

  it('reaches the limit even when every note is far below it', () => {
    const { width, buckets } = lengthBuckets([40, 60, 80], 300);
    assert.equal(width, 10);
    assert.deepEqual(buckets[0], { from: 31, to: 41, count: 1, over: false });
    assert.deepEqual(buckets[buckets.length - 1], { from: 301, to: 311, count: 0, over: true });
  });
});
