/** The preview's charts of every contact's note length against the limit. */
import type { Dom } from './dom';
import { plural } from './format';
import type { LengthBucket } from './lengthBuckets';

const CHART_HEIGHT = 100;
const SLOT_WIDTH = 10;

/** What a bar chart shows: the lengths, the limit, the contact shown, and what a bar is called. */
export interface BarChartInput {
  readonly lengths: readonly number[];
  readonly limit: number;
  /** The contact the preview shows (its bar is marked). */
  readonly selected?: number;
  /** Which contacts get a bar (indexes into `lengths`), in that order. */
  readonly indexes: readonly number[];
  readonly label: (index: number) => string;
  /** A bar was clicked, or Enter or Space pressed on it. */
  readonly select: (index: number) => void;
  /** A bar got the focus or the pointer: `text` names it (shown under the chart). */
  readonly point: (text: string) => void;
}

/** What a bar says about contact `index`: "Ada Lovelace: 320 characters, 20 over the limit". */
export function barText(input: Pick<BarChartInput, 'lengths' | 'limit' | 'label'>, index: number): string {
  const length = input.lengths[index];
  const over = length > input.limit ? `, ${length - input.limit} over the limit` : '';
  return `${input.label(index)}: ${plural(length, 'character', 'characters')}${over}`;
}

/** One bar per contact of `input.indexes`. */
export function barChart(dom: Dom, input: BarChartInput): SVGElement {
  const { lengths, limit, indexes } = input;
  let longest = limit;
  for (const index of indexes) if (lengths[index] > longest) longest = lengths[index];
  const top = longest * 1.1;
  const width = indexes.length * SLOT_WIDTH;
  const chart = dom.svg('svg', { class: 'bars', viewBox: `0 0 ${width} ${CHART_HEIGHT}`, preserveAspectRatio: 'none', role: 'group' });
  chart.appendChild(dom.title(`Note length of each contact against the limit of ${limit}`));
  indexes.forEach((index, slot) => {
    const length = lengths[index];
    const height = (length / top) * CHART_HEIGHT;
    const classes = ['bar'];
    if (length > limit) classes.push('over');
    if (input.selected === index) classes.push('selected');
    const bar = dom.svg('rect', { class: classes.join(' '), x: slot * SLOT_WIDTH + 1, y: CHART_HEIGHT - height, width: SLOT_WIDTH - 2, height, 'data-index': index });
    // Each bar is a button with its contact's name: reached with Tab, named on focus, chosen with Enter or Space.
    const text = barText(input, index);
    bar.setAttribute('tabindex', '0');
    bar.setAttribute('role', 'button');
    bar.setAttribute('aria-label', text);
    bar.appendChild(dom.title(text));
    bar.addEventListener('click', () => input.select(index));
    bar.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      input.select(index);
    });
    for (const type of ['focus', 'mouseenter'] as const) bar.addEventListener(type, () => input.point(text));
    chart.appendChild(bar);
  });
  const y = CHART_HEIGHT - (limit / top) * CHART_HEIGHT;
  chart.appendChild(dom.svg('line', { class: 'limit', x1: 0, x2: width, y1: y, y2: y, 'vector-effect': 'non-scaling-stroke' }));
  return chart;
}

/** How many contacts' notes fall in each of `buckets`, `bucketWidth` characters wide. */
export function histogram(dom: Dom, buckets: readonly LengthBucket[], limit: number, bucketWidth: number): SVGElement {
  let most = 1;
  for (const bucket of buckets) if (bucket.count > most) most = bucket.count;
  const width = buckets.length * SLOT_WIDTH;
  const chart = dom.svg('svg', { class: 'histogram', viewBox: `0 0 ${width} ${CHART_HEIGHT}`, preserveAspectRatio: 'none', role: 'img' });
  chart.appendChild(dom.title(`How many contacts' notes have each length, against the limit of ${limit}`));
  buckets.forEach((bucket, index) => {
    const height = (bucket.count / most) * CHART_HEIGHT;
    const bar = dom.svg('rect', { class: bucket.over ? 'bar over' : 'bar', x: index * SLOT_WIDTH + 0.5, y: CHART_HEIGHT - height, width: SLOT_WIDTH - 1, height });
    bar.appendChild(dom.title(bucketText(bucket, bucketWidth)));
    chart.appendChild(bar);
  });
  const x = ((limit + 1 - buckets[0].from) / bucketWidth) * SLOT_WIDTH;
  chart.appendChild(dom.svg('line', { class: 'limit', x1: x, x2: x, y1: 0, y2: CHART_HEIGHT, 'vector-effect': 'non-scaling-stroke' }));
  return chart;
}

/** What a histogram bar says: "146–150 characters: 150 contacts". */
export function bucketText(bucket: LengthBucket, bucketWidth: number): string {
  const range = bucketWidth === 1 ? `${bucket.from}` : `${bucket.from}–${bucket.to - 1}`;
  return `${range} characters: ${plural(bucket.count, 'contact', 'contacts')}`;
}
