import * as assert from 'node:assert/strict';
import type { PreviewRequest, PreviewSegment } from '../../server/src/shared/protocol';
import { domOf } from '../../client/src/webview/dom';
import { limitOffset, renderNote, renderNoteLegend } from '../../client/src/webview/noteView';
import { FakeDocument, FakeElement, FakeText } from './fakeDocument';

const dom = domOf(new FakeDocument() as unknown as Document);

/** A result for `segments` whose length is their text's (as the server's is), against `limit`. */
function result(segments: PreviewSegment[], limit: number, overrides: Partial<PreviewRequest.Result> = {}): PreviewRequest.Result {
  const text = segments.map((segment) => segment.text).join('');
  return { text, length: text.length, estimated: false, limit, segments, contactsVersion: 1, problems: [], checklist: [], lengths: [], overflow: [], overCount: 0, flagged: [], ...overrides };
}

function render(input: PreviewRequest.Result): FakeElement {
  const container = new FakeElement('div');
  renderNote(dom, container as unknown as HTMLElement, input);
  return container;
}

/** Each child as `text`, or `class:text` for an element. */
function parts(container: FakeElement): string[] {
  return container.children.map((child) => (child instanceof FakeText ? child.data : `${child.classes().join('.')}:${child.textContent}`));
}

const NOTE: PreviewSegment[] = [
  { kind: 'literal', text: 'Hi ' },
  { kind: 'value', text: 'Taa', field: 'name' },
  { kind: 'literal', text: ', about ' },
  { kind: 'value', text: 'your talk', field: 'reason' },
  { kind: 'literal', text: '. Best' },
];

describe('preview note', () => {
  it('shows the field name in a gap, but nothing in an empty fallback', () => {
    const note = render(result([{ kind: 'literal', text: 'Hi' }, { kind: 'fallback', text: '', field: 'name' }, { kind: 'missing', text: '', field: 'company' }], 300));
    const [fallback, missing] = note.byClass('segment');
    assert.equal(fallback.className, 'segment fallback empty');
    assert.equal(fallback.getAttribute('data-gap'), null);
    assert.equal(fallback.getAttribute('title'), '{{name}}: no value, and the fallback is empty');
    assert.equal(missing.getAttribute('data-gap'), 'company');
    assert.equal(note.textContent, 'Hi');
  });

  it('marks where the limit falls inside a value, and tints the rest', () => {
    // "Hi Taa, about your talk. Best": character 16 ends in "your talk" ("yo|ur talk").
    const note = render(result(NOTE, 16));
    assert.deepEqual(parts(note), ['Hi ', 'segment.value:Taa', ', about ', 'segment.value:yo', 'limit-mark:', 'segment.value.over-limit:ur talk', 'over-limit:. Best']);
    const mark = only(note.byClass('limit-mark'));
    assert.equal(mark.getAttribute('data-limit'), '16');
    assert.equal(mark.getAttribute('aria-label'), 'Character 16: the note goes over the limit after here');
    assert.equal(note.textContent, 'Hi Taa, about your talk. Best');
  });

  it('marks the limit between two parts, and inside literal text', () => {
    assert.deepEqual(parts(render(result(NOTE, 6))), ['Hi ', 'segment.value:Taa', 'limit-mark:', 'over-limit:, about ', 'segment.value.over-limit:your talk', 'over-limit:. Best']);
    assert.deepEqual(parts(render(result(NOTE, 26))), ['Hi ', 'segment.value:Taa', ', about ', 'segment.value:your talk', '. B', 'limit-mark:', 'over-limit:est']);
  });

  it('puts the mark before a character whose two halves straddle the limit', () => {
    const input = result([{ kind: 'literal', text: 'Hi 🌱 there' }], 4);
    assert.equal(limitOffset(input), 3);
    assert.deepEqual(parts(render(input)), ['Hi ', 'limit-mark:', 'over-limit:🌱 there']);
  });

  it('has no mark when the note fits or its length is an estimate', () => {
    assert.equal(limitOffset(result(NOTE, 29)), undefined);
    assert.equal(render(result(NOTE, 29)).byClass('limit-mark').length, 0);
    assert.equal(limitOffset(result(NOTE, 10, { estimated: true, length: 40 })), undefined);
    assert.equal(render(result(NOTE, 10, { estimated: true, length: 40 })).byClass('over-limit').length, 0);
  });

  it('has a legend for values, fallbacks and gaps, and for the limit when the note is over it', () => {
    const legend = new FakeElement('ul');
    renderNoteLegend(dom, legend as unknown as HTMLElement, result(NOTE, 300));
    assert.deepEqual(legend.children.map((item) => item.textContent.trim()), ['abc value from the contact', 'abc fallback: the contact has no value', 'missing: a gap in the note']);
    assert.deepEqual(legend.byClass('swatch').map((swatch) => swatch.classes().join(' ')), ['swatch segment value', 'swatch segment fallback', 'swatch segment missing']);

    renderNoteLegend(dom, legend as unknown as HTMLElement, result(NOTE, 20));
    assert.equal(legend.children.length, 4);
    assert.equal(legend.children[3].textContent, 'abc past character 20, over the limit');
  });
});

function only(elements: FakeElement[]): FakeElement {
  assert.equal(elements.length, 1);
  return elements[0];
}
