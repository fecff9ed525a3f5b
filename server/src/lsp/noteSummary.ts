/**
 * A template's note in one line, for editors that show no preview: its
 * length for the sample contact (or estimated without contacts) against
 * the limit, and how many contacts go over. Inlay hints and the code lens
 * show it; the numbers come from the core, kept once per check.
 */
import { contactName, estimatedLength, expandedLengths, overLimit } from '../core/index';
import type { TemplateCheck } from '../checkTemplate';

export interface NoteSummary {
  /** Note length for the sample contact, or the estimate with typical field lengths. */
  readonly length: number;
  readonly limit: number;
  /** True when no contact is known and the note has placeholders: `length` is an estimate. */
  readonly estimated: boolean;
  /** The sample contact's full name, when there are contacts. */
  readonly sample?: string;
  /** How many contacts' notes go over the limit, of `contacts`. */
  readonly over: number;
  readonly contacts: number;
}

const summaries = new WeakMap<TemplateCheck, NoteSummary>();

export function noteSummary(check: TemplateCheck): NoteSummary {
  let summary = summaries.get(check);
  if (!summary) {
    const { template, limit } = check.result;
    const { contacts, sample } = check;
    if (!contacts || sample < 0) {
      summary = { length: estimatedLength(template, check.options.assumedLengths), limit, estimated: template.placeholders.length > 0, over: 0, contacts: 0 };
    } else {
      const lengths = expandedLengths(template, contacts);
      summary = { length: lengths[sample], limit, estimated: false, sample: contactName(contacts, sample), over: overLimit(lengths, limit, 1).count, contacts: contacts.size };
    }
    summaries.set(check, summary);
  }
  return summary;
}

/** `212/300 · Taa Dixon`, or `~212/300` when estimated. */
export function lengthLabel(summary: NoteSummary): string {
  const count = `${summary.estimated ? '~' : ''}${summary.length}/${summary.limit}`;
  return summary.sample === undefined ? count : `${count} · ${oneLine(summary.sample)}`;
}

/** `2 of 12 over the limit`, `every note fits`, or how the estimate was made. */
export function overLabel(summary: NoteSummary): string {
  if (summary.contacts === 0) return summary.estimated ? 'estimated with typical field lengths' : 'no placeholders';
  return summary.over === 0 ? `every note of ${summary.contacts} fits` : `${summary.over} of ${summary.contacts} over the limit`;
}

/** Text from a file (a name, a value) as one short line of plain text: line breaks and control characters become spaces, long text is cut. */
export function oneLine(text: string, max = 60): string {
  // C0 and C1 control characters, DEL and the Unicode line and paragraph separators.
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
