/**
 * The expanded note in the preview: literal text as text, each placeholder
 * as a span marked value / fallback / missing with its field, and, when the
 * note is over the limit, a mark where the limit falls and the rest tinted.
 * The note's `textContent` is exactly the expanded note: gap labels and the
 * mark's number are drawn by the style sheet from attributes.
 */
import type { PreviewRequest, PreviewSegment } from '../../../server/src/shared/protocol';
import { clear, type Dom } from './dom';

type PreviewResult = PreviewRequest.Result;

/** What each kind of placeholder span means, for titles and the legend. */
export const SEGMENT_KINDS = [
  { kind: 'value', legend: 'value from the contact' },
  { kind: 'fallback', legend: 'fallback: the contact has no value' },
  { kind: 'missing', legend: 'missing: a gap in the note' },
] as const;

/**
 * The offset in the note where the text over the limit starts, or undefined
 * when the note fits or its length is an estimate. The server's expanded
 * text has LF line breaks only, so its UTF-16 offsets are the characters
 * LinkedIn counts (server/src/core/expand.ts). A character whose two UTF-16
 * units straddle the limit does not fit: the mark goes before it.
 */
export function limitOffset(result: PreviewResult): number | undefined {
  if (result.estimated || result.length <= result.limit) return undefined;
  let text = '';
  for (const segment of result.segments) text += segment.text;
  if (text.length !== result.length) return undefined;
  const code = text.charCodeAt(result.limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? result.limit - 1 : result.limit;
}

/** Fills `container` with the note of `result`. */
export function renderNote(dom: Dom, container: HTMLElement, result: PreviewResult): void {
  clear(container);
  const cut = limitOffset(result);
  let offset = 0;
  let marked = false;
  const mark = () => {
    if (marked || cut === undefined) return;
    marked = true;
    const node = dom.el('span', 'limit-mark');
    node.setAttribute('data-limit', String(result.limit));
    const what = `Character ${result.limit}: the note goes over the limit after here`;
    node.setAttribute('role', 'img');
    node.setAttribute('aria-label', what);
    node.setAttribute('title', what);
    container.appendChild(node);
  };
  for (const segment of result.segments) {
    const start = offset;
    offset += segment.text.length;
    if (cut === undefined || offset <= cut) {
      container.appendChild(part(dom, segment, segment.text, false));
    } else if (start >= cut) {
      mark();
      container.appendChild(part(dom, segment, segment.text, true));
    } else {
      // The limit falls inside this segment: its two sides, the mark between them.
      container.appendChild(part(dom, segment, segment.text.slice(0, cut - start), false));
      mark();
      container.appendChild(part(dom, segment, segment.text.slice(cut - start), true));
    }
    if (offset === cut) mark();
  }
}

/** `text` (all or part of `segment`) as a node; `over` when it is past the limit. */
function part(dom: Dom, segment: PreviewSegment, text: string, over: boolean): Node {
  if (segment.kind === 'literal') return over ? dom.el('span', 'over-limit', text) : dom.text(text);
  const classes = ['segment', segment.kind];
  if (text === '') classes.push('empty');
  const flags = segment.flags ?? [];
  // A part of the note that a problem is about, for this contact: marked, and the problems in its title.
  if (flags.length > 0) classes.push('flagged');
  if (over) classes.push('over-limit');
  const span = dom.el('span', classes.join(' '), text);
  const field = segment.field ?? '';
  span.setAttribute('data-field', field);
  // Only a gap shows its field's name (drawn by the style sheet): an empty fallback is meant to leave nothing.
  if (segment.kind === 'missing') span.setAttribute('data-gap', field);
  const title = segmentTitle(segment.kind, `{{${field}}}`, text === '');
  span.setAttribute('title', flags.length > 0 ? `${title}\n${flags.join('\n')}` : title);
  return span;
}

function segmentTitle(kind: PreviewSegment['kind'], placeholder: string, empty: boolean): string {
  if (kind === 'value') return placeholder;
  if (kind === 'fallback') return empty ? `${placeholder}: no value, and the fallback is empty` : `${placeholder}: no value, the fallback is used`;
  return `${placeholder}: no value for this contact`;
}

/** The key to the note's marks: one sample per kind, drawn as in the note; the limit's when the note is over it. */
export function renderNoteLegend(dom: Dom, container: HTMLElement, result: PreviewResult): void {
  clear(container);
  for (const { kind, legend } of SEGMENT_KINDS) {
    const item = dom.el('li', 'key');
    const sample = dom.el('span', `swatch segment ${kind}`, kind === 'missing' ? '' : 'abc');
    if (kind === 'missing') sample.setAttribute('data-gap', 'field');
    sample.setAttribute('aria-hidden', 'true');
    item.append(sample, dom.text(` ${legend}`));
    container.appendChild(item);
  }
  if (limitOffset(result) !== undefined) {
    const item = dom.el('li', 'key');
    const sample = dom.el('span', 'swatch over-limit', 'abc');
    sample.setAttribute('aria-hidden', 'true');
    item.append(sample, dom.text(` past character ${result.limit}, over the limit`));
    container.appendChild(item);
  }
}
