/**
 * The "disable this rule in this file" fix: adds the rule id to the front
 * matter's `disable` list, creating the list or the front matter as needed.
 */
import type { Fix } from './fix';
import type { Template } from './template';

/** A fix that turns `ruleId` off for this template. */
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
  if (entry.value === null || entry.value === undefined) {
    // "disable:" with nothing after it.
    const at = entry.valueSpan.start;
    return { title, edits: [{ start: at, end: at, text: `${text[at - 1] === ':' ? ' ' : ''}[${ruleId}]` }] };
  }
  const raw = text.slice(entry.valueSpan.start, entry.valueSpan.end);
  if (raw.trimStart().startsWith('[')) {
    const close = entry.valueSpan.start + raw.lastIndexOf(']');
    const inside = text.slice(entry.valueSpan.start + raw.indexOf('[') + 1, close).trim();
    const separator = inside === '' ? '' : inside.endsWith(',') ? (/\s/.test(text[close - 1]) ? '' : ' ') : ', ';
    return { title, edits: [{ start: close, end: close, text: `${separator}${ruleId}` }] };
  }
  if (Array.isArray(entry.value)) {
    // A block list: add an item after the last one's line, with the same indent.
    const last = entry.itemSpans.get(String(entry.value.length - 1)) ?? entry.valueSpan;
    const lineStart = Math.max(text.lastIndexOf('\n', last.start - 1), text.lastIndexOf('\r', last.start - 1)) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    const lineEnd = last.end + text.slice(last.end).search(/\r?\n|$/);
    return { title, edits: [{ start: lineEnd, end: lineEnd, text: `${eol}${indent}- ${ruleId}` }] };
  }
  // A single id or anything else: replace it with a list holding both.
  const existing = typeof entry.value === 'string' ? `${entry.value}, ` : '';
  return { title, edits: [{ start: entry.valueSpan.start, end: entry.valueSpan.end, text: `[${existing}${ruleId}]` }] };
}
