/**
 * Reads contacts from a JSON array of objects. Keys may be written any
 * common way ("firstName", "First Name", "first-name"); values that are
 * not text are turned into text, nested ones are reported and left out.
 * jsonc-parser keeps reading past a syntax error, so the elements around a
 * broken one still load.
 */
// The ES module build: the package's main entry is a UMD wrapper whose
// dynamic requires a bundler cannot follow.
import { printParseErrorCode, visit, type JSONPath } from 'jsonc-parser/lib/esm/main.js';
import { fieldNamer, type ColumnMapping } from './columnMapping';
import { checkRow, emptyValues, loadedContacts, type ContactRow } from './contactRow';
import { MAX_JSON_DEPTH, tooDeepAt } from './jsonDepth';
import type { ContactsProblem, LoadedContacts } from './loadedContacts';

/** The element being read. */
interface OpenElement {
  readonly line: number;
  /** Offsets of the opening brace and of the closing one (or of where it was missing). */
  readonly start: number;
  end: number;
  readonly values: Record<string, unknown>;
  /** Raw key each field came from, to report repeats. */
  readonly keys: Map<string, string>;
  /** The field the next value belongs to (undefined: ignore it). */
  field?: string;
}

const EXAMPLE = 'a list of objects like [{"first-name": "Ada", "company": "Analytical Engines"}]';

/** Parses JSON `text`; `source` names the file in messages; `mapping` (field → key) names keys that are not field names. */
export function parseJsonContacts(text: string, source: string, mapping?: ColumnMapping): LoadedContacts {
  const { fieldOf } = fieldNamer(mapping);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { problems: [], error: `${source}: the file is empty; expected ${EXAMPLE}.` };
  const deepAt = tooDeepAt(body);
  if (deepAt !== undefined) return { problems: [], error: `${source}:${deepAt}: nested more than ${MAX_JSON_DEPTH} levels deep; not loaded. Expected ${EXAMPLE}.` };
  const problems: ContactsProblem[] = [];
  const elements: OpenElement[] = [];
  const errorOffsets: number[] = [];
  let root: 'array' | 'object' | 'value' | undefined;
  let depth = 0;
  let element: OpenElement | undefined;
  const report = (line0: number, message: string) => problems.push({ line: line0 + 1, message });
  const nested = (kind: string, line0: number, path: JSONPath) => {
    if (path.length === 1) report(line0, `Not a contact: ${kind} where an object belongs; skipped.`);
    else if (path.length === 2 && element?.field) {
      report(line0, `"${String(path[1])}" is ${kind}; a contact value is text, a number or true/false. Value ignored.`);
      element.field = undefined;
    }
  };
  const begin = (kind: 'array' | 'object', offset: number, line0: number, path: JSONPath) => {
    depth++;
    if (path.length === 0) root = kind;
    else if (root !== 'array') return;
    else if (path.length === 1 && kind === 'object') element = { line: line0 + 1, start: offset, end: offset, values: emptyValues(), keys: new Map() };
    else nested(kind === 'array' ? 'a list' : 'an object', line0, path);
  };
  const end = (offset: number) => {
    depth--;
    if (depth !== 1 || !element) return;
    element.end = offset;
    elements.push(element);
    element = undefined;
  };
  visit(
    body,
    {
      onArrayBegin: (offset, _length, line0, _character, path) => begin('array', offset, line0, path()),
      onObjectBegin: (offset, _length, line0, _character, path) => begin('object', offset, line0, path()),
      onArrayEnd: end,
      onObjectEnd: end,
      onObjectProperty: (key, _offset, _length, line0, _character, path) => {
        if (!element || path().length !== 1) return;
        element.field = fieldFor(element, fieldOf(key), key, (message) => report(line0, message));
      },
      onLiteralValue: (value, _offset, _length, line0, _character, pathOf) => {
        const path = pathOf();
        if (path.length === 0) root = 'value';
        else if (root !== 'array') return;
        else if (path.length === 1) report(line0, `Not a contact: ${describe(value)} where an object belongs; skipped.`);
        else if (path.length === 2 && element?.field) element.values[element.field] = value;
      },
      onError: (code, offset, _length, line0) => {
        report(line0, `Invalid JSON: ${words(printParseErrorCode(code))}.`);
        errorOffsets.push(offset);
      },
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  if (root !== 'array') {
    const what = root === 'object' ? 'an object' : root === 'value' ? 'a single value' : 'no value';
    return { problems, error: `${source}: not an array (found ${what}); expected ${EXAMPLE}.` };
  }
  const rows: ContactRow[] = [];
  for (const e of elements) {
    // A syntax error inside an element (reported above) may have cut it short: skip it.
    if (errorOffsets.some((offset) => e.start <= offset && offset <= e.end)) continue;
    const checked = checkRow(e.values);
    if ('problem' in checked) problems.push({ line: e.line, message: checked.problem });
    else rows.push({ line: e.line, record: checked.record });
  }
  return loadedContacts(rows, problems, source);
}

/** The field `key` fills in `element`, or undefined (reported) when it cannot be used. */
function fieldFor(element: OpenElement, field: string, key: string, report: (message: string) => void): string | undefined {
  if (!field) {
    report(`Key "${key}" has no usable field name; value ignored.`);
    return undefined;
  }
  const first = element.keys.get(field);
  if (first !== undefined) {
    report(`Key "${key}" repeats field ${field} (from "${first}"); value ignored.`);
    return undefined;
  }
  element.keys.set(field, key);
  return field;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  return typeof value === 'boolean' ? 'true/false' : 'a value';
}

/** "CommaExpected" → "comma expected". */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
