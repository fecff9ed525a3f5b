/**
 * The preview's view: builds and updates the page from the server's
 * `invite/preview` result. It only renders; every number and every piece
 * of text comes from the server. All text goes into the page through
 * `textContent`, text nodes and attributes, never as markup, so contact
 * values and template text are always shown literally.
 *
 * It touches only the `Document` it is given, so the tests run it under
 * Node with a small fake document.
 */
import type { PreviewRequest } from '../../../server/src/shared/protocol';
import { clear, domOf } from './dom';
import { formatCount, plural } from './format';
import { lengthBuckets } from './lengthBuckets';
import { barChart, barText, bucketText, histogram } from './lengthChart';
import type { WebviewMessage } from './messages';
import { renderNote, renderNoteLegend } from './noteView';

type PreviewResult = PreviewRequest.Result;

const COPY_TITLE = 'Copy the note as expanded for this contact';

/** Up to this many contacts the chart has a bar per contact; beyond it, a histogram. */
const MAX_BARS = 120;

/** The functions that update the page. */
export interface PreviewView {
  /** Replaces the picker's contacts. */
  showContacts(names: readonly string[]): void;
  /** Shows `result`, the preview of the template `fileName`. */
  showPreview(fileName: string, result: PreviewResult): void;
  /** Shows a line of text instead of a preview (nothing open, or an error). */
  showStatus(text: string): void;
}

/** Builds the page inside `root`; `post` sends a message to the extension. */
export function createPreviewView(doc: Document, root: HTMLElement, post: (message: WebviewMessage) => void): PreviewView {
  const dom = domOf(doc);
  const { el, svg } = dom;

  // The page's parts, built once so the picker keeps its focus and scroll across updates.
  const toolbar = el('header', 'toolbar');
  const fileName = el('h1', 'file-name');
  const pickerLabel = el('label', 'picker', 'Contact ');
  const picker = el('select');
  picker.id = 'contact';
  pickerLabel.appendChild(picker);
  const copyButton = el('button', 'copy', 'Copy');
  copyButton.setAttribute('type', 'button');
  copyButton.setAttribute('title', COPY_TITLE);
  toolbar.append(fileName, pickerLabel, copyButton);

  const status = el('p', 'status');
  const content = el('div', 'content');

  const counter = el('section', 'counter');
  const count = el('span', 'count');
  const meter = svg('svg', { class: 'meter', viewBox: '0 0 100 4', preserveAspectRatio: 'none', 'aria-hidden': 'true' });
  counter.append(count, meter);

  /** A section with a heading and a list. */
  const listSection = (className: string, heading: string, list: HTMLUListElement | HTMLOListElement) => {
    const section = el('section', className);
    const title = el('h2', undefined, heading);
    section.append(title, list);
    return { section, title, list };
  };

  const { section: checks, list: checkList } = listSection('checklist', 'What the note does', el('ul', 'check-list'));

  const note = el('section', 'note');
  const noteText = el('div', 'note-text');
  const noteLegend = el('ul', 'note-legend');
  noteLegend.setAttribute('aria-label', 'What the marks in the note mean');
  note.append(noteText, noteLegend);

  const { section: problems, title: problemsHeading, list: problemList } = listSection('problems', 'Problems', el('ul', 'problem-list'));

  const lengths = el('section', 'lengths');
  const lengthsHeading = el('h2');
  const filterLabel = el('label', 'filter');
  const filter = el('input');
  filter.setAttribute('type', 'checkbox');
  const filterText = el('span');
  filterLabel.append(filter, filterText);
  const chart = el('div', 'chart');
  // Names the bar under the pointer or the focus (a bar's title alone shows only on hover).
  const caption = el('p', 'chart-caption');
  caption.setAttribute('aria-live', 'polite');
  const legend = el('p', 'legend');
  // The chart's contents as a list, for a screen reader or a quick look.
  const listed = el('details', 'length-list');
  const listedSummary = el('summary');
  const listedItems = el('ol');
  listed.append(listedSummary, listedItems);
  lengths.append(lengthsHeading, filterLabel, chart, caption, legend, listed);

  const { section: overflow, title: overflowHeading, list: overflowList } = listSection('overflow', '', el('ol', 'overflow-list'));

  content.append(counter, checks, note, problems, lengths, overflow);
  root.append(toolbar, status, content);
  status.hidden = true;
  content.hidden = true;
  pickerLabel.hidden = true;

  const select = (index: number) => post({ type: 'selectContact', index });
  picker.addEventListener('change', () => {
    const index = Number(picker.value);
    if (Number.isInteger(index) && index >= 0) select(index);
  });
  copyButton.addEventListener('click', () => post({ type: 'copy' }));
  filter.addEventListener('change', () => {
    onlyFlagged = filter.checked;
    if (shown) renderLengths(shown);
  });

  /** The chart shows only the contacts with problems. */
  let onlyFlagged = false;
  let shown: PreviewResult | undefined;
  let names: readonly string[] = [];

  const contactLabel = (index: number) => names[index] ?? `Contact ${index + 1}`;

  function showContacts(contactNames: readonly string[]): void {
    names = contactNames;
    clear(picker);
    names.forEach((name, index) => {
      const option = el('option', undefined, name);
      option.value = String(index);
      picker.appendChild(option);
    });
    pickerLabel.hidden = names.length === 0;
  }

  function showPreview(file: string, result: PreviewResult): void {
    status.hidden = true;
    content.hidden = false;
    fileName.textContent = file;
    shown = result;
    if (result.contact) picker.value = String(result.contact.index);
    renderCounter(result);
    renderChecklist(result);
    renderNote(dom, noteText, result);
    renderNoteLegend(dom, noteLegend, result);
    renderProblems(result);
    renderLengths(result);
    renderOverflow(result);
  }

  function showStatus(text: string): void {
    status.textContent = text;
    status.hidden = false;
    content.hidden = true;
  }

  function renderCounter(result: PreviewResult): void {
    const over = result.length > result.limit;
    // Copy still copies over the limit (and the extension warns); the button says so beforehand.
    copyButton.className = over ? 'copy over' : 'copy';
    copyButton.setAttribute('title', over ? `Copy the note as expanded for this contact (${result.length - result.limit} over the limit: LinkedIn will not take it whole)` : COPY_TITLE);
    count.textContent = `${result.estimated ? '≈ ' : ''}${result.length} / ${result.limit}`;
    counter.className = over ? 'counter over' : 'counter';
    const left = over ? `${plural(result.length - result.limit, 'character', 'characters')} over the limit` : `${plural(result.limit - result.length, 'character', 'characters')} left`;
    counter.setAttribute('title', result.estimated ? `${left}, estimated with typical lengths for the placeholders` : left);
    clear(meter);
    const scale = Math.max(result.length, result.limit) || 1;
    meter.appendChild(svg('rect', { class: 'meter-track', x: 0, y: 0, width: 100, height: 4 }));
    meter.appendChild(svg('rect', { class: 'meter-fill', x: 0, y: 0, width: (result.length / scale) * 100, height: 4 }));
    if (over) meter.appendChild(svg('rect', { class: 'meter-limit', x: (result.limit / scale) * 100 - 0.4, y: 0, width: 0.8, height: 4 }));
  }

  /** The engine's checklist: each item ticked with the words that show it, or marked missing. */
  function renderChecklist(result: PreviewResult): void {
    clear(checkList);
    const items = result.checklist ?? [];
    checks.hidden = items.length === 0;
    for (const check of items) {
      const item = el('li', `check ${check.ok ? 'ok' : 'missing'}`);
      item.setAttribute('data-item', check.item);
      item.setAttribute('title', check.detail);
      item.append(el('span', 'mark', check.ok ? '✓' : '✗'), el('span', 'label', check.label));
      if (check.evidence !== undefined) item.append(el('q', 'evidence', check.evidence));
      item.append(el('span', 'detail', check.detail));
      checkList.appendChild(item);
    }
  }

  function renderProblems(result: PreviewResult): void {
    clear(problemList);
    problemsHeading.textContent = result.problems.length ? `Problems (${result.problems.length})` : 'Problems';
    if (result.problems.length === 0) {
      problemList.appendChild(el('li', 'problem none', 'No problems for this contact.'));
      return;
    }
    for (const problem of result.problems) {
      const item = el('li', `problem ${problem.severity}`);
      const where = el('span', 'where', `line ${problem.line + 1} · `);
      const rule = el('button', 'rule-link', problem.ruleId);
      rule.setAttribute('type', 'button');
      rule.setAttribute('title', `What ${problem.ruleId} checks and how to fix it (opens beside the editor)`);
      rule.addEventListener('click', () => post({ type: 'openRuleDoc', ruleId: problem.ruleId }));
      where.appendChild(rule);
      item.append(el('span', 'severity', problem.severity), el('span', 'message', problem.message), where);
      problemList.appendChild(item);
    }
  }

  function renderLengths(result: PreviewResult): void {
    clear(chart);
    clear(listedItems);
    caption.textContent = '';
    listed.hidden = true;
    const all = result.lengths;
    const flagged = result.flagged ?? [];
    filterLabel.hidden = all.length === 0;
    filterText.textContent = ` Only contacts with problems (${formatCount(flagged.length)})`;
    filter.checked = onlyFlagged;
    if (all.length === 0) {
      lengthsHeading.textContent = 'Lengths';
      legend.textContent =
        'No contacts file: placeholders count with assumed lengths. Set "contacts:" in the front matter or the invite.contacts setting to check every contact.';
      return;
    }
    lengthsHeading.textContent = `Lengths of all ${plural(all.length, 'contact', 'contacts')}`;
    let shortest = all[0];
    let longest = all[0];
    for (const length of all) {
      if (length < shortest) shortest = length;
      if (length > longest) longest = length;
    }
    const over = `${formatCount(result.overCount)} of ${formatCount(all.length)} over the limit of ${result.limit}; shortest ${shortest}, longest ${longest}`;
    const indexes = onlyFlagged ? flagged : all.map((_, index) => index);
    const which = onlyFlagged ? `Showing the ${plural(flagged.length, 'contact', 'contacts')} with problems. ` : '';
    if (indexes.length === 0) {
      legend.textContent = `No contact's note has a problem. ${over}.`;
    } else if (indexes.length <= MAX_BARS) {
      const bars = { lengths: all, limit: result.limit, selected: result.contact?.index, indexes, label: contactLabel, select, point: (text: string) => (caption.textContent = text) };
      chart.appendChild(barChart(dom, bars));
      if (result.contact && indexes.includes(result.contact.index)) caption.textContent = barText(bars, result.contact.index);
      legend.textContent = `${which}One bar per contact; the line is the limit. ${over}.`;
      showList(`The ${plural(indexes.length, 'length', 'lengths')} as a list`, indexes.map((index) => {
        const item = el('li');
        const name = el('button', 'contact-link', barText(bars, index));
        name.setAttribute('type', 'button');
        name.addEventListener('click', () => select(index));
        item.appendChild(name);
        return item;
      }));
    } else {
      const { width, buckets } = lengthBuckets(
        indexes.map((index) => all[index]),
        result.limit,
      );
      chart.appendChild(histogram(dom, buckets, result.limit, width));
      legend.textContent = `${which}Contacts by note length, in steps of ${plural(width, 'character', 'characters')}; the line is the limit. ${over}.`;
      showList('The lengths as a list', buckets.filter((bucket) => bucket.count > 0).map((bucket) => el('li', undefined, bucketText(bucket, width))));
    }
  }

  function showList(summary: string, items: readonly HTMLElement[]): void {
    listedSummary.textContent = summary;
    listedItems.append(...items);
    listed.hidden = false;
  }

  function renderOverflow(result: PreviewResult): void {
    clear(overflowList);
    overflow.hidden = result.lengths.length === 0;
    if (result.overCount === 0) {
      overflowHeading.textContent = 'Every contact fits the limit';
      return;
    }
    overflowHeading.textContent = `${plural(result.overCount, 'contact goes', 'contacts go')} over the limit`;
    for (const entry of result.overflow) {
      const item = el('li', 'overflow-entry');
      const name = el('button', 'contact-link', entry.name);
      name.setAttribute('type', 'button');
      name.setAttribute('title', `Preview the note for ${entry.name}`);
      name.addEventListener('click', () => select(entry.index));
      item.append(name, el('span', 'overflow-length', `${entry.length} (+${entry.length - result.limit})`));
      overflowList.appendChild(item);
    }
    const rest = result.overCount - result.overflow.length;
    if (rest > 0) overflowList.appendChild(el('li', 'overflow-more', `and ${plural(rest, 'more', 'more')}`));
  }

  return { showContacts, showPreview, showStatus };
}
