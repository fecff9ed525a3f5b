// @ts-check
/**
 * The preview's view: builds and updates the page from the server's
 * `invite/preview` result. It only renders; every number and every piece
 * of text comes from the server. All text goes into the page through
 * `textContent`, text nodes and attributes, never as markup, so contact
 * values and template text are always shown literally.
 *
 * Loaded as a classic script in the webview (defines `invitePreviewView`)
 * and as a CommonJS module by the tests, which pass a small fake document.
 */

/** @typedef {import('../server/src/shared/protocol').PreviewRequest.Result} PreviewResult */
/** @typedef {import('../server/src/shared/protocol').PreviewSegment} PreviewSegment */
/** @typedef {{ type: 'ready' } | { type: 'copy' } | { type: 'selectContact', index: number }} WebviewMessage */
/** @typedef {{ from: number, to: number, count: number, over: boolean }} LengthBucket */

const invitePreviewView = (() => {
  const SVG = 'http://www.w3.org/2000/svg';
  /** Up to this many contacts the chart has a bar per contact; beyond it, a histogram. */
  const MAX_BARS = 120;
  /** The most buckets a histogram has (one or two more when aligning on the limit). */
  const MAX_BUCKETS = 40;
  const CHART_HEIGHT = 100;
  const SLOT_WIDTH = 10;

  /**
   * Groups `lengths` into buckets of equal width for a histogram. Bucket
   * edges fall on `limit + 1` so a bucket is either entirely within the
   * limit or entirely over it; the buckets cover the limit even when every
   * length is far from it. `from` is inclusive, `to` exclusive (characters).
   * @param {readonly number[]} lengths
   * @param {number} limit
   * @param {number} [maxBuckets]
   * @returns {{ width: number, buckets: LengthBucket[] }}
   */
  function lengthBuckets(lengths, limit, maxBuckets = MAX_BUCKETS) {
    let min = limit;
    let max = limit + 1;
    for (const length of lengths) {
      if (length < min) min = length;
      if (length > max) max = length;
    }
    const width = niceWidth((max - min + 1) / maxBuckets);
    const start = limit + 1 + width * Math.floor((min - limit - 1) / width);
    const count = Math.floor((max - start) / width) + 1;
    /** @type {LengthBucket[]} */
    const buckets = [];
    for (let i = 0; i < count; i++) {
      const from = start + i * width;
      buckets.push({ from, to: from + width, count: 0, over: from > limit });
    }
    for (const length of lengths) buckets[Math.floor((length - start) / width)].count++;
    return { width, buckets };
  }

  /** The smallest of 1, 2, 5, 10, 20, 25, 50, 100, … that is at least `raw`. @param {number} raw */
  function niceWidth(raw) {
    for (let scale = 1; ; scale *= 10) {
      for (const step of [1, 2, 2.5, 5]) {
        const width = step * scale;
        if (Number.isInteger(width) && width >= raw) return width;
      }
    }
  }

  /** @param {number} n */
  function formatCount(n) {
    return n.toLocaleString('en-US');
  }

  /** @param {number} n @param {string} one @param {string} many */
  function plural(n, one, many) {
    return `${formatCount(n)} ${n === 1 ? one : many}`;
  }

  /**
   * Builds the page inside `root` and returns the functions that update it.
   * `post` sends a message to the extension.
   * @param {Document} doc
   * @param {HTMLElement} root
   * @param {(message: WebviewMessage) => void} post
   */
  function createPreviewView(doc, root, post) {
    /**
     * @param {string} tag
     * @param {string} [className]
     * @param {string} [text]
     * @returns {HTMLElement}
     */
    function el(tag, className, text) {
      const node = doc.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    }

    /**
     * @param {string} tag
     * @param {Record<string, string | number>} attributes
     * @returns {SVGElement}
     */
    function svg(tag, attributes) {
      const node = /** @type {SVGElement} */ (doc.createElementNS(SVG, tag));
      for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
      return node;
    }

    /** @param {Element} node */
    function clear(node) {
      while (node.firstChild) node.removeChild(node.firstChild);
    }

    // The page's parts, built once so the picker keeps its focus and scroll across updates.
    const toolbar = el('header', 'toolbar');
    const fileName = el('h1', 'file-name');
    const pickerLabel = el('label', 'picker', 'Contact ');
    const picker = /** @type {HTMLSelectElement} */ (el('select'));
    picker.id = 'contact';
    pickerLabel.appendChild(picker);
    const copyButton = el('button', 'copy', 'Copy');
    copyButton.setAttribute('type', 'button');
    copyButton.setAttribute('title', 'Copy the note as expanded for this contact');
    toolbar.append(fileName, pickerLabel, copyButton);

    const status = el('p', 'status');
    const content = el('div', 'content');

    const counter = el('section', 'counter');
    const count = el('span', 'count');
    const meter = svg('svg', { class: 'meter', viewBox: '0 0 100 4', preserveAspectRatio: 'none', 'aria-hidden': 'true' });
    counter.append(count, meter);

    const checks = el('section', 'checklist');
    const checksHeading = el('h2', undefined, 'What the note does');
    const checkList = el('ul', 'check-list');
    checks.append(checksHeading, checkList);

    const note = el('section', 'note');
    const noteText = el('div', 'note-text');
    note.appendChild(noteText);

    const problems = el('section', 'problems');
    const problemsHeading = el('h2', undefined, 'Problems');
    const problemList = el('ul', 'problem-list');
    problems.append(problemsHeading, problemList);

    const lengths = el('section', 'lengths');
    const lengthsHeading = el('h2');
    const filterLabel = el('label', 'filter');
    const filter = /** @type {HTMLInputElement} */ (el('input'));
    filter.setAttribute('type', 'checkbox');
    const filterText = el('span');
    filterLabel.append(filter, filterText);
    const chart = el('div', 'chart');
    const legend = el('p', 'legend');
    lengths.append(lengthsHeading, filterLabel, chart, legend);

    const overflow = el('section', 'overflow');
    const overflowHeading = el('h2');
    const overflowList = el('ol', 'overflow-list');
    overflow.append(overflowHeading, overflowList);

    content.append(counter, checks, note, problems, lengths, overflow);
    root.append(toolbar, status, content);
    status.hidden = true;
    content.hidden = true;
    pickerLabel.hidden = true;

    picker.addEventListener('change', () => {
      const index = Number(picker.value);
      if (Number.isInteger(index) && index >= 0) post({ type: 'selectContact', index });
    });
    copyButton.addEventListener('click', () => post({ type: 'copy' }));
    filter.addEventListener('change', () => {
      onlyFlagged = filter.checked;
      if (shown) renderLengths(shown);
    });

    /** The chart shows only the contacts with problems. */
    let onlyFlagged = false;
    /** @type {PreviewResult | undefined} */
    let shown;

    /** @type {readonly string[]} */
    let names = [];

    /** @param {number} index */
    function contactLabel(index) {
      return names[index] ?? `Contact ${index + 1}`;
    }

    /**
     * Replaces the picker's contacts.
     * @param {readonly string[]} contactNames
     */
    function showContacts(contactNames) {
      names = contactNames;
      clear(picker);
      names.forEach((name, index) => {
        const option = /** @type {HTMLOptionElement} */ (el('option', undefined, name));
        option.value = String(index);
        picker.appendChild(option);
      });
      pickerLabel.hidden = names.length === 0;
    }

    /**
     * Shows `result`, the preview of the template `file`.
     * @param {string} file
     * @param {PreviewResult} result
     */
    function showPreview(file, result) {
      status.hidden = true;
      content.hidden = false;
      fileName.textContent = file;
      shown = result;
      if (result.contact) picker.value = String(result.contact.index);
      renderCounter(result);
      renderChecklist(result);
      renderNote(result.segments);
      renderProblems(result);
      renderLengths(result);
      renderOverflow(result);
    }

    /**
     * Shows a line of text instead of a preview (nothing open, or an error).
     * @param {string} text
     */
    function showStatus(text) {
      status.textContent = text;
      status.hidden = false;
      content.hidden = true;
    }

    /** @param {PreviewResult} result */
    function renderCounter(result) {
      const over = result.length > result.limit;
      count.textContent = `${result.estimated ? '≈ ' : ''}${result.length} / ${result.limit}`;
      counter.className = over ? 'counter over' : 'counter';
      const left = over ? `${result.length - result.limit} characters over the limit` : `${result.limit - result.length} characters left`;
      counter.setAttribute('title', result.estimated ? `${left}, estimated with typical lengths for the placeholders` : left);
      clear(meter);
      const scale = Math.max(result.length, result.limit) || 1;
      meter.appendChild(svg('rect', { class: 'meter-track', x: 0, y: 0, width: 100, height: 4 }));
      meter.appendChild(svg('rect', { class: 'meter-fill', x: 0, y: 0, width: (result.length / scale) * 100, height: 4 }));
      if (over) meter.appendChild(svg('rect', { class: 'meter-limit', x: (result.limit / scale) * 100 - 0.4, y: 0, width: 0.8, height: 4 }));
    }

    /**
     * The engine's checklist: each item ticked with the words that show it, or marked missing.
     * @param {PreviewResult} result
     */
    function renderChecklist(result) {
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

    /** @param {readonly PreviewSegment[]} segments */
    function renderNote(segments) {
      clear(noteText);
      for (const segment of segments) {
        if (segment.kind === 'literal') {
          noteText.appendChild(doc.createTextNode(segment.text));
          continue;
        }
        const span = el('span', segment.text === '' ? `segment ${segment.kind} empty` : `segment ${segment.kind}`, segment.text);
        const field = segment.field ?? '';
        span.setAttribute('data-field', field);
        const placeholder = `{{${field}}}`;
        const title =
          segment.kind === 'value' ? placeholder : segment.kind === 'fallback' ? `${placeholder}: no value, the fallback is used` : `${placeholder}: no value for this contact`;
        const flags = segment.flags ?? [];
        // A part of the note that a problem is about, for this contact: marked, and the problems in its title.
        if (flags.length > 0) span.className += ' flagged';
        span.setAttribute('title', flags.length > 0 ? `${title}\n${flags.join('\n')}` : title);
        noteText.appendChild(span);
      }
    }

    /** @param {PreviewResult} result */
    function renderProblems(result) {
      clear(problemList);
      problemsHeading.textContent = result.problems.length ? `Problems (${result.problems.length})` : 'Problems';
      if (result.problems.length === 0) {
        problemList.appendChild(el('li', 'problem none', 'No problems for this contact.'));
        return;
      }
      for (const problem of result.problems) {
        const item = el('li', `problem ${problem.severity}`);
        item.append(
          el('span', 'severity', problem.severity),
          el('span', 'message', problem.message),
          el('span', 'where', `line ${problem.line + 1} · ${problem.ruleId}`),
        );
        problemList.appendChild(item);
      }
    }

    /** @param {PreviewResult} result */
    function renderLengths(result) {
      clear(chart);
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
        chart.appendChild(barChart(result, indexes));
        legend.textContent = `${which}One bar per contact; the line is the limit. ${over}.`;
      } else {
        const { width, buckets } = lengthBuckets(indexes.map((index) => all[index]), result.limit);
        chart.appendChild(histogram(buckets, result.limit, width));
        legend.textContent = `${which}Contacts by note length, in steps of ${width} characters; the line is the limit. ${over}.`;
      }
    }

    /**
     * One bar for each contact of `indexes` (indexes into the lengths), in that order.
     * @param {PreviewResult} result
     * @param {readonly number[]} indexes
     */
    function barChart(result, indexes) {
      const all = result.lengths;
      let longest = result.limit;
      for (const index of indexes) if (all[index] > longest) longest = all[index];
      const top = longest * 1.1;
      const width = indexes.length * SLOT_WIDTH;
      const chartSvg = svg('svg', { class: 'bars', viewBox: `0 0 ${width} ${CHART_HEIGHT}`, preserveAspectRatio: 'none', role: 'img' });
      chartSvg.appendChild(titled(svg('title', {}), `Note length of each contact against the limit of ${result.limit}`));
      indexes.forEach((index, slot) => {
        const length = all[index];
        const height = (length / top) * CHART_HEIGHT;
        const classes = ['bar'];
        if (length > result.limit) classes.push('over');
        if (result.contact?.index === index) classes.push('selected');
        const bar = svg('rect', { class: classes.join(' '), x: slot * SLOT_WIDTH + 1, y: CHART_HEIGHT - height, width: SLOT_WIDTH - 2, height, 'data-index': index });
        bar.appendChild(titled(svg('title', {}), `${contactLabel(index)}: ${length}`));
        bar.addEventListener('click', () => post({ type: 'selectContact', index }));
        chartSvg.appendChild(bar);
      });
      const y = CHART_HEIGHT - (result.limit / top) * CHART_HEIGHT;
      chartSvg.appendChild(svg('line', { class: 'limit', x1: 0, x2: width, y1: y, y2: y, 'vector-effect': 'non-scaling-stroke' }));
      return chartSvg;
    }

    /**
     * @param {readonly LengthBucket[]} buckets
     * @param {number} limit
     * @param {number} bucketWidth
     */
    function histogram(buckets, limit, bucketWidth) {
      let most = 1;
      for (const bucket of buckets) if (bucket.count > most) most = bucket.count;
      const width = buckets.length * SLOT_WIDTH;
      const chartSvg = svg('svg', { class: 'histogram', viewBox: `0 0 ${width} ${CHART_HEIGHT}`, preserveAspectRatio: 'none', role: 'img' });
      chartSvg.appendChild(titled(svg('title', {}), `How many contacts' notes have each length, against the limit of ${limit}`));
      buckets.forEach((bucket, index) => {
        const height = (bucket.count / most) * CHART_HEIGHT;
        const bar = svg('rect', { class: bucket.over ? 'bar over' : 'bar', x: index * SLOT_WIDTH + 0.5, y: CHART_HEIGHT - height, width: SLOT_WIDTH - 1, height });
        const range = bucketWidth === 1 ? `${bucket.from}` : `${bucket.from}–${bucket.to - 1}`;
        bar.appendChild(titled(svg('title', {}), `${range} characters: ${plural(bucket.count, 'contact', 'contacts')}`));
        chartSvg.appendChild(bar);
      });
      const x = ((limit + 1 - buckets[0].from) / bucketWidth) * SLOT_WIDTH;
      chartSvg.appendChild(svg('line', { class: 'limit', x1: x, x2: x, y1: 0, y2: CHART_HEIGHT, 'vector-effect': 'non-scaling-stroke' }));
      return chartSvg;
    }

    /** @template {Element} T @param {T} node @param {string} text @returns {T} */
    function titled(node, text) {
      node.textContent = text;
      return node;
    }

    /** @param {PreviewResult} result */
    function renderOverflow(result) {
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
        name.addEventListener('click', () => post({ type: 'selectContact', index: entry.index }));
        item.append(name, el('span', 'overflow-length', `${entry.length} (+${entry.length - result.limit})`));
        overflowList.appendChild(item);
      }
      const rest = result.overCount - result.overflow.length;
      if (rest > 0) overflowList.appendChild(el('li', 'overflow-more', `and ${plural(rest, 'more', 'more')}`));
    }

    return { showContacts, showPreview, showStatus };
  }

  return { createPreviewView, lengthBuckets };
})();

if (typeof module === 'object' && module.exports) module.exports = invitePreviewView;
