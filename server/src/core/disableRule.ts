/**
 * The "disable this rule in this file" fix: adds the rule id to the front
 * matter's `disable` list, creating the list or the front matter as needed.
 */
import { frontMatterSettings } from './config';
import { applyEdits, type Edit, type Fix } from './fix';
import { parseFrontMatter, type FrontMatterEntry } from './frontMatter';
import type { Template } from './template';

/**
 * A fix that turns `ruleId` off for this template. A one-line flow list
 * (`[a, b]`) or a block list of one-line items gets the id added in its own
 * style; any other `disable` value (a block scalar, `~`, a flow list over
 * several lines, a map) is replaced by a flow list of its ids and `ruleId`
 * on the key's line, so the front matter stays valid YAML.
 */
export function disableRuleFix(template: Template, ruleId: string): Fix {
  const title = `Disable ${ruleId} in this file`;
  const { text, frontMatter } = template;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (!frontMatter || frontMatter.span.end === 0) {
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { title, edits: [{ start: at, end: at, text: `---${eol}disable: [${ruleId}]${eol}---${eol}` }] };
  }
  const entry = frontMatter.entries.find((e) => e.key === 'disable');
  if (!entry) {
    const at = frontMatter.yamlSpan.end;
    return { title, edits: [{ start: at, end: at, text: `disable: [${ruleId}]${eol}` }] };
  }
  const inStyle = addInStyle(text, entry, ruleId, eol);
  // The in-style edit is checked by parsing its result: YAML has corners (anchors, tags, comments) a text edit can trip on.
  if (inStyle && disables(text.slice(0, frontMatter.span.end), inStyle, ruleId)) return { title, edits: [inStyle] };
  return { title, edits: [replaceValue(text, entry, ruleId)] };
}

/** The edit adding `ruleId` to a one-line flow list or a block list of one-line items; undefined for any other value. */
function addInStyle(text: string, entry: FrontMatterEntry, ruleId: string, eol: string): Edit | undefined {
  const { value, valueSpan, itemSpans } = entry;
  if (!Array.isArray(value)) return undefined;
  const raw = text.slice(valueSpan.start, valueSpan.end);
  if (raw.startsWith('[')) {
    if (/[\r\n]/.test(raw) || !raw.endsWith(']')) return undefined;
    const close = valueSpan.end - 1;
    const inside = raw.slice(1, -1).trim();
    const separator = inside === '' ? '' : inside.endsWith(',') ? (/\s/.test(text[close - 1]) ? '' : ' ') : ', ';
    return { start: close, end: close, text: `${separator}${flowItem(ruleId)}` };
  }
  // A block list: a new item after the last one's line, with the same indent, when every item is a one-line scalar.
  const spans = value.map((item, i) => (item !== null && typeof item === 'object' ? undefined : itemSpans.get(String(i))));
  if (spans.length === 0 || spans.some((s) => !s || /[\r\n]/.test(text.slice(s.start, s.end)))) return undefined;
  const last = spans[spans.length - 1]!;
  const lineStart = Math.max(text.lastIndexOf('\n', last.start - 1), text.lastIndexOf('\r', last.start - 1)) + 1;
  const dash = /^([ \t]*)-[ \t]+$/.exec(text.slice(lineStart, last.start));
  if (!dash) return undefined;
  const lineEnd = last.end + text.slice(last.end).search(/\r?\n|\r|$/);
  return { start: lineEnd, end: lineEnd, text: `${eol}${dash[1]}- ${flowItem(ruleId)}` };
}

/**
 * The edit replacing everything after `disable:` up to the end of its value
 * (comments inside it included, the line break after it kept) with a flow
 * list of the ids it holds and `ruleId`.
 */
function replaceValue(text: string, entry: FrontMatterEntry, ruleId: string): Edit {
  const colon = text.indexOf(':', entry.keySpan.end);
  const start = colon === -1 || colon > entry.valueSpan.start ? entry.valueSpan.start : colon + 1;
  let end = Math.max(entry.valueSpan.end, start);
  while (end > start && /\s/.test(text[end - 1])) end--;
  const ids: string[] = [];
  for (const item of Array.isArray(entry.value) ? entry.value : [entry.value]) {
    const id = typeof item === 'string' ? item.trim() : '';
    if (id !== '' && id !== ruleId && !ids.includes(id)) ids.push(id);
  }
  ids.push(ruleId);
  return { start, end, text: ` [${ids.map(flowItem).join(', ')}]` };
}

/** A plain kebab-case word, not one YAML reads as a boolean or null. */
const PLAIN_ID = /^(?!(?:true|false|null)$)[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** `id` as an item of a YAML flow list: plain when it is a kebab-case word, else double-quoted. */
function flowItem(id: string): string {
  return PLAIN_ID.test(id) ? id : JSON.stringify(id);
}

/** True when `frontMatterText` (a document's front matter) with `edit` applied is valid and disables `ruleId`. */
function disables(frontMatterText: string, edit: Edit, ruleId: string): boolean {
  const after = parseFrontMatter(applyEdits(frontMatterText, [edit]));
  return after !== undefined && after.syntaxErrors.length === 0 && frontMatterSettings(after).disable.includes(ruleId);
}
