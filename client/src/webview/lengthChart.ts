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
  /** A bar was clicked. */
  readonly select: (index: number) => void;
}

/** One bar per contact of `input.indexes`. */
export function barChart(dom: Dom, input: BarChartInput): SVGElement {
  const { lengths, limit, indexes } = input;
  let longest = limit;
  for (const index of indexes) if (lengths[index] > longest) longest = lengths[index];
  const top = longest * 1.1;
  const width = indexes.length * SLOT_WIDTH;
  const chart = dom.svg('svg', { class: 'bars', viewBox: `0 0 ${width} ${CHART_HEIGHT}`, preserveAspectRatio: 'none', role: 'img' });
  chart.appendChild(dom.title(`Note length of each contact against the limit of ${limit}`));
  indexes.forEach((index, slot) => {
    const length = lengths[index];
    const height = (length / top) * CHART_HEIGHT;
    const classes = ['bar'];
    if (length > limit) classes.push('over');
    if (input.selected === index) classes.push('selected');
    const bar = dom.svg('rect', { class: classes.join(' '), x: slot * SLOT_WIDTH + 1, y: CHART_HEIGHT - height, width: SLOT_WIDTH - 2, height, 'data-index': index });
    bar.appendChild(dom.title(`${input.label(index)}: ${length}`));
    bar.addEventListener('click', () => input.select(index));
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
    const range = bucketWidth === 1 ? `${bucket.from}` : `${bucket.from}–${bucket.to - 1}`;
    bar.appendChild(dom.title(`${range} characters: ${plural(bucket.count, 'contact', 'contacts')}`));
    chart.appendChild(bar);
  });
  const x = ((limit + 1 - buckets[0].from) / bucketWidth) * SLOT_WIDTH;
  chart.appendChild(dom.svg('line', { class: 'limit', x1: x, x2: x, y1: 0, y2: CHART_HEIGHT, 'vector-effect': 'non-scaling-stroke' }));
  return chart;
}
