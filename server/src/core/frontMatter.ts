/**
 * The optional YAML front matter at the top of a template. This module
 * only parses; the `front-matter` rule judges the values and config.ts
 * uses the valid ones. `yaml` is a pure parser, so the core stays free of I/O.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { boundedCache } from './boundedCache';

/** A span of the document: 0-based offsets, end-exclusive, UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One `key: value` entry of the front matter, with where it stands. */
export interface FrontMatterEntry {
  readonly key: string;
  /** The plain JS value (yaml's `toJS`). */
  readonly value: unknown;
  readonly keySpan: Span;
  readonly valueSpan: Span;
  /** For maps and lists: the entries' own spans, by key or index. */
  readonly itemSpans: ReadonlyMap<string, Span>;
}

/**
 * Most alias uses resolved in one value (as yaml's own default): enough for
 * any real front matter, and it stops a "billion laughs" block early.
 */
const MAX_ALIAS_COUNT = 100;

/** The parsed front matter block. */
export interface FrontMatter {
  /** From the opening `---` to the end of the closing `---` line, line break included. */
  readonly span: Span;
  /** Where the YAML text starts and ends (between the fences). */
  readonly yamlSpan: Span;
  readonly entries: readonly FrontMatterEntry[];
  /** YAML syntax errors and a missing closing fence. */
  readonly syntaxErrors: readonly { readonly span: Span; readonly message: string }[];
}

const OPEN = /^(\uFEFF)?---[ \t]*\r?\n/;
/**
 * Parsed blocks by their exact text, up to this many characters in all:
 * templates of one folder share a few front matters, and YAML parsing costs
 * more than everything else in a typical template's check.
 */
const PARSED_CHARACTERS_KEPT = 256 * 1024;
const parsed = boundedCache<string, FrontMatter>(PARSED_CHARACTERS_KEPT, (fm) => fm.span.end);
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

/**
 * Finds and parses front matter at the very top of `text` (after an
 * optional BOM). Returns undefined when the text does not start with `---`.
 * The result depends only on the block's text and is shared between
 * documents that start with the same block: never mutate it.
 */
export function parseFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const yamlStart = open[0].length;
  CLOSE.lastIndex = yamlStart;
  const close = CLOSE.exec(text);
  if (!close) {
    const lineEnd = open[0].length;
    return {
      span: { start: 0, end: 0 },
      yamlSpan: { start: yamlStart, end: yamlStart },
      entries: [],
      syntaxErrors: [{ span: { start: open[1] ? 1 : 0, end: lineEnd - 1 }, message: 'Front matter is not closed: add a line with `---` after it.' }],
    };
  }
  const blockText = text.slice(0, close.index + close[0].length);
  let frontMatter = parsed.get(blockText);
  if (!frontMatter) parsed.set(blockText, (frontMatter = parseBlock(blockText, yamlStart, close.index)));
  return frontMatter;
}

/** Parses the YAML between `yamlStart` and `yamlEnd` of a block that ends with its closing fence. */
function parseBlock(text: string, yamlStart: number, yamlEnd: number): FrontMatter {
  const yamlText = text.slice(yamlStart, yamlEnd);
  const span = { start: 0, end: text.length };
  // logLevel error: yaml would print warnings (collection keys) to the process's stderr.
  const doc = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  const syntaxErrors = doc.errors.map((e) => ({
    span: errorLine(text, Math.min(e.pos[0] + yamlStart, yamlEnd), yamlStart, yamlEnd),
    message: `Front matter is not valid YAML: ${firstLine(e.message)}`,
  }));
  const entries: FrontMatterEntry[] = [];
  if (syntaxErrors.length === 0 && doc.contents !== null) {
    if (!isMap(doc.contents)) {
      syntaxErrors.push({ span: { start: yamlStart, end: Math.max(yamlStart, yamlEnd - 1) }, message: 'Front matter must be `key: value` lines.' });
    } else {
      for (const pair of doc.contents.items) {
        const keyNode = pair.key as YamlNode | null;
        const valueNode = pair.value as YamlNode | null;
        const keySpan = spanOf(keyNode, yamlStart) ?? { start: yamlStart, end: yamlStart };
        const valueSpan = spanOf(valueNode, yamlStart) ?? keySpan;
        const value = plainValue(valueNode, doc);
        if ('error' in value) {
          syntaxErrors.push({ span: errorLine(text, valueSpan.start, yamlStart, yamlEnd), message: `Front matter is not valid YAML: ${value.error}` });
          continue;
        }
        entries.push({ key: String(isScalar(keyNode) ? keyNode.value : keyNode), value: value.value, keySpan, valueSpan, itemSpans: itemSpansOf(valueNode, yamlStart) });
      }
    }
  }
  return { span, yamlSpan: { start: yamlStart, end: yamlEnd }, entries, syntaxErrors };
}

/**
 * The plain JS value of `node`, aliases (`*name`) resolved to their anchors'
 * values; an alias to no anchor, or more than MAX_ALIAS_COUNT of them, is an error.
 */
function plainValue(node: YamlNode | null, doc: Document): { value: unknown } | { error: string } {
  if (!node || typeof node !== 'object' || !('toJS' in node)) return { value: node };
  try {
    return { value: (node as { toJS(doc: Document, options: { maxAliasCount: number }): unknown }).toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    return { error: firstLine(error instanceof Error ? error.message : String(error)) };
  }
}

function spanOf(node: YamlNode | null | undefined, offset: number): Span | undefined {
  const range = node && (node as { range?: [number, number, number] }).range;
  return range ? { start: range[0] + offset, end: range[1] + offset } : undefined;
}

function itemSpansOf(node: YamlNode | null, offset: number): Map<string, Span> {
  const spans = new Map<string, Span>();
  if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const s = spanOf(item as YamlNode, offset);
      if (s) spans.set(String(i), s);
    });
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const k = pair.key as YamlNode;
      const ks = spanOf(k, offset);
      const vs = spanOf(pair.value as YamlNode, offset);
      if (ks) spans.set(String(isScalar(k) ? k.value : k), { start: ks.start, end: vs?.end ?? ks.end });
    }
  }
  return spans;
}

/**
 * The line a YAML error is reported on: the one holding `offset`, trimmed;
 * when that line is blank (errors found at the end), the last line before
 * it with text. Stays inside `[min, max)`.
 */
function errorLine(text: string, offset: number, min: number, max: number): Span {
  for (let at = offset; ; at = lineStartBefore(text, at, min)) {
    let start = at;
    while (start > min && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
    let end = at;
    while (end < max && text[end] !== '\n' && text[end] !== '\r') end++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    while (start < end && /\s/.test(text[start])) start++;
    if (start < end || at <= min) return { start, end };
  }
}

/** The start of the line before the one containing `offset`. */
function lineStartBefore(text: string, offset: number, min: number): number {
  let i = offset;
  while (i > min && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  if (i <= min) return min;
  i--;
  if (text[i] === '\n' && text[i - 1] === '\r' && i - 1 >= min) i--;
  while (i > min && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
