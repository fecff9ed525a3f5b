/**
 * A config file's text parsed as JSON with comments or as YAML, with a way
 * back from a key path to the line it is on, for messages that name it.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A parsed config file: its value, and the 1-based line of a key path (the file's first line when the path is not there). */
export interface ParsedConfig {
  readonly value: unknown;
  lineOf(path: readonly PropertyKey[]): number;
}

/** Where the text could not be parsed. */
export interface ConfigSyntaxError {
  readonly line: number;
  readonly message: string;
}

/** Alias uses allowed in a YAML config, as in front matter: a "billion laughs" file is refused. */
const MAX_ALIAS_COUNT = 100;

/** Parses `text` as YAML when `yaml` is true, else as JSON with comments and trailing commas. */
export function parseConfigText(text: string, yaml: boolean): ParsedConfig | ConfigSyntaxError {
  return yaml ? parseYaml(text) : parseJsonc(text);
}

function parseJsonc(text: string): ParsedConfig | ConfigSyntaxError {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const lines = lineStarts(text);
  if (errors.length > 0 || !tree) {
    const error = errors[0];
    return { line: lineAt(lines, error?.offset ?? 0), message: error ? `not valid JSON (${describeJsonError(printParseErrorCode(error.error))})` : 'empty; expected a JSON object' };
  }
  return {
    value: jsonValue(tree),
    lineOf(path) {
      const node = findNodeAtLocation(tree, path.map(String)) ?? nearestJsonNode(tree, path);
      return lineAt(lines, node?.offset ?? 0);
    },
  };
}

/** The deepest node along `path` that exists (a key whose value is missing points at its parent). */
function nearestJsonNode(tree: JsonNode, path: readonly PropertyKey[]): JsonNode | undefined {
  for (let n = path.length - 1; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n).map(String));
    if (node) return node;
  }
  return undefined;
}

/** A JSON tree as plain data, objects without a prototype so that `__proto__` is only a key. */
function jsonValue(node: JsonNode): unknown {
  if (node.type === 'object') {
    const out: Record<string, unknown> = Object.create(null);
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key && value) out[String(key.value)] = jsonValue(value);
    }
    return { ...out };
  }
  if (node.type === 'array') return (node.children ?? []).map(jsonValue);
  return node.value;
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function parseYaml(text: string): ParsedConfig | ConfigSyntaxError {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, logLevel: 'error', lineCounter });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    return { line: lineCounter.linePos(error.pos[0]).line, message: `not valid YAML (${error.message.split('\n')[0]})` };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { line: 1, message: `not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
  return {
    value,
    lineOf(path) {
      const node = yamlNode(doc, path);
      const offset = node?.range?.[0] ?? 0;
      return lineCounter.linePos(offset).line;
    },
  };
}

/** The deepest node of `doc` along `path` that exists. */
function yamlNode(doc: Document, path: readonly PropertyKey[]): { range?: [number, number, number] | null } | undefined {
  let node: unknown = doc.contents;
  let found = node as { range?: [number, number, number] | null } | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === String(key));
      if (!pair) break;
      node = pair.value ?? pair.key;
      found = (pair.value ?? pair.key) as typeof found;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (!node) break;
      found = node as typeof found;
    } else break;
  }
  return found;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return line + 1;
}
