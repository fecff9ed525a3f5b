import * as assert from 'node:assert/strict';
import { lint, noteLength, parseTemplate, withoutFinalNewline } from '../../server/src/core/index';

describe('noteLength', () => {
  it('counts UTF-16 code units', () => {
    assert.equal(noteLength('héllo'), 5);
    assert.equal(noteLength('👋 hi'), 5);
  });

  it('counts a CRLF line break as one, like LF', () => {
    assert.equal(noteLength('a\r\nb'), 3);
    assert.equal(noteLength('a\nb'), 3);
    assert.equal(noteLength('a\r\n\r\nb'), 4);
    assert.equal(noteLength('a\rb'), 3);
  });

  it('withoutFinalNewline drops one final LF or CRLF only', () => {
    assert.equal(withoutFinalNewline('ab\n', 0, 3), 2);
    assert.equal(withoutFinalNewline('ab\r\n', 0, 4), 2);
    assert.equal(withoutFinalNewline('ab\n\n', 0, 4), 3);
    assert.equal(withoutFinalNewline('ab', 0, 2), 2);
    assert.equal(withoutFinalNewline('\n', 1, 1), 1);
  });

  it('the note excludes the final line break of the file', () => {
    const template = parseTemplate('Hi Ana.\r\n');
    assert.deepEqual(template.body, { start: 0, end: 7 });
    assert.equal(template.literalLength, 7);
  });

  it('the note excludes front matter and the blank lines after it', () => {
    const text = '---\nlimit: 200\n---\n\n\r\nHi\r\nAna.\n';
    const template = parseTemplate(text);
    assert.equal(text.slice(template.body.start, template.body.end), 'Hi\r\nAna.');
    assert.equal(template.literalLength, 7);
  });

  it('a byte order mark is not part of the note', () => {
    assert.deepEqual(parseTemplate('\uFEFFHi').body, { start: 1, end: 3 });
    assert.deepEqual(parseTemplate('\uFEFF---\nlimit: 200\n---\nHi').body, { start: 20, end: 22 });
    // A front matter that is not closed is note text, but the mark before it is not.
    const unclosed = parseTemplate('\uFEFF---\nlimit: 200\nHi\n');
    assert.deepEqual(unclosed.body, { start: 1, end: 18 });
    assert.equal(unclosed.literalLength, 17);
  });

  it('placeholders are not literal length', () => {
    assert.equal(parseTemplate('Hi {{name | there}}, bye').literalLength, 'Hi , bye'.length);
  });

  it('an empty or unnamed placeholder is sent as written, so it counts', () => {
    assert.equal(parseTemplate('Hi {{}} and {{!!}}').literalLength, 'Hi {{}} and {{!!}}'.length);
  });

  it('max-length agrees: 300 with CRLF line breaks is within the limit', () => {
    const text = `${'x'.repeat(149)}\r\n${'y'.repeat(150)}\r\n`;
    assert.equal(lint(text).problems.filter((p) => p.ruleId === 'max-length').length, 0);
    assert.equal(lint(`${text.trimEnd()}z`).problems.filter((p) => p.ruleId === 'max-length').length, 1);
  });
});
