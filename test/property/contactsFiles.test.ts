import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseContactsText } from '../../server/src/contacts/index';
import { assertPrototypeUnchanged, prototypeSnapshot } from './invariants';
import { itHolds } from './propertyRuns';

const csvPiece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(',', ',', '"', '""', '\n', '\r\n', '\r', ' ', 'First Name', 'Last Name', 'Company', 'Where Met', 'Name', 'Notes:', '__proto__', 'constructor', 'toString', 'Ana', 'Ruiz', '"a, b"', '"a ""quoted"" b"', '"open', 'close"', '\uFEFF', '\t', ';') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) },
);

const jsonPiece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('[', ']', '{', '}', ':', ',', '"first-name"', '"First Name"', '"name"', '"__proto__"', '"constructor"', '"toString"', '"Ana"', '""', '1', '-0.5e9', 'null', 'true', 'false', '// c\n', '/* c */', '\n', ' ', '"\\u0000"', '"\\ud800"', '"unterminated', '\uFEFF', '{"polluted": true}') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) },
);

const csvText = fc.array(csvPiece, { maxLength: 60 }).map((pieces) => pieces.join(''));
const jsonText = fc.array(jsonPiece, { maxLength: 60 }).map((pieces) => pieces.join(''));

/** Lines of `text` as an editor counts them (LF, CRLF or CR). */
function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** A load result's invariants: an error or contacts, lines within the file and in order. */
function checkLoaded(text: string, fileName: string): void {
  const loaded = parseContactsText(text, fileName);
  const lines = lineCount(text);
  if (loaded.error !== undefined) {
    assert.equal(loaded.contacts, undefined, 'contacts alongside an error');
    assert.ok(loaded.error.startsWith(`${fileName}: `), `error names the file: ${loaded.error}`);
  } else {
    assert.ok(loaded.contacts, 'no error and no contacts');
    assert.equal(loaded.lines?.length, loaded.contacts.size);
    for (const line of loaded.lines!) assert.ok(Number.isInteger(line) && line >= 1 && line <= lines, `contact line ${line} of ${lines}`);
    for (const column of loaded.contacts.columns.values()) {
      assert.equal(column.length, loaded.contacts.size);
      for (const v of column) assert.equal(typeof v, 'string');
    }
  }
  for (const p of loaded.problems) {
    assert.ok(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines, `problem line ${p.line} of ${lines}: ${p.message}`);
    assert.ok(p.message.length > 0 && !p.message.includes('\n    at '), `one-line message: ${p.message}`);
  }
  for (let i = 1; i < loaded.problems.length; i++) assert.ok(loaded.problems[i - 1].line <= loaded.problems[i].line, 'problems in line order');
}

describe('property: contacts files', () => {
  const prototype = prototypeSnapshot();
  afterEach(() => assertPrototypeUnchanged(prototype));

  itHolds('any CSV text loads without throwing; lines point into the file', fc.property(csvText, (text) => checkLoaded(text, 'contacts.csv')));

  itHolds('any JSON text loads without throwing; lines point into the file', fc.property(jsonText, (text) => checkLoaded(text, 'contacts.json')));

  itHolds(
    'a file of another name is read as JSON or CSV by its first character, without throwing',
    fc.property(fc.oneof(csvText, jsonText), (text) => checkLoaded(text, 'people.txt')),
  );
});
