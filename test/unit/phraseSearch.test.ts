import * as assert from 'node:assert/strict';
import { findPhrases, hasPhrase, matchesWithin } from '../../server/src/core/phraseSearch';

const found = (text: string, phrases: string[]) => findPhrases(text, phrases).map((m) => [text.slice(m.start, m.end), m.phrase]);

describe('findPhrases', () => {
  it('matches case-insensitively and reports the list entry', () => {
    assert.deepEqual(found('I CAME ACROSS your profile', ['I came across your profile']), [['I CAME ACROSS your profile', 'I came across your profile']]);
  });

  it("treats curly and straight apostrophes alike, both ways", () => {
    assert.deepEqual(found('I’d like to add you', ["I'd like to add you"]), [['I’d like to add you', "I'd like to add you"]]);
    assert.deepEqual(found("I'd like to add you", ['I’d like to add you']), [["I'd like to add you", 'I’d like to add you']]);
  });

  it('matches any run of whitespace, line breaks included, as one space', () => {
    assert.deepEqual(found('grow  my\r\n\tnetwork', ['grow my network']), [['grow  my\r\n\tnetwork', 'grow my network']]);
    assert.deepEqual(found('grow my network', ['grow   my  network ']), [['grow my network', 'grow   my  network ']]);
  });

  it('needs whole words at both ends, letters outside ASCII included', () => {
    assert.deepEqual(found('regrow my networks', ['grow my network']), []);
    assert.deepEqual(found('égrow my network', ['grow my network']), []);
    assert.deepEqual(found('grow my networké', ['grow my network']), []);
    assert.deepEqual(found('grow my network-analysis skills', ['grow my network']), []);
    assert.deepEqual(found('(grow my network)', ['grow my network']), [['grow my network', 'grow my network']]);
    assert.deepEqual(found('buy your book', ['buy']), [['buy', 'buy']]);
  });

  it('takes user phrases literally: regular-expression characters match themselves', () => {
    assert.deepEqual(found('Skills: C++ (expert) and more', ['C++ (expert)']), [['C++ (expert)', 'C++ (expert)']]);
    assert.deepEqual(found('Skills: CCC expert', ['C++ (expert)']), []);
    assert.deepEqual(found('a.b a-b', ['a.b']), [['a.b', 'a.b']]);
    assert.deepEqual(found('50% off [now]', ['50% off [now]']), [['50% off [now]', '50% off [now]']]);
    assert.deepEqual(found('cost $5/mo^2 | x', ['$5/mo^2 | x']), [['$5/mo^2 | x', '$5/mo^2 | x']]);
  });

  it('prefers the longest phrase at one position and never overlaps', () => {
    assert.deepEqual(found('add you to my professional network', ['add you', 'add you to my professional network']), [['add you to my professional network', 'add you to my professional network']]);
    assert.deepEqual(found('ab ab ab', ['ab ab']), [['ab ab', 'ab ab']]);
  });

  it('adds the offset and handles empty lists', () => {
    assert.deepEqual(findPhrases('xx hi', ['hi'], 10).map((m) => [m.start, m.end]), [[13, 15]]);
    assert.deepEqual(findPhrases('hi', []), []);
    assert.equal(hasPhrase('hi', []), false);
  });

  it('hasPhrase agrees with findPhrases and is repeatable', () => {
    const list = ['we met'];
    assert.equal(hasPhrase('So we met!', list), true);
    assert.equal(hasPhrase('So we met!', list), true);
    assert.equal(hasPhrase('we meet', list), false);
  });

  it('matchesWithin picks the matches inside a span', () => {
    const matches = findPhrases('a x a x a', ['a']);
    assert.deepEqual(matchesWithin(matches, { start: 1, end: 9 }).map((m) => m.start), [4, 8]);
    assert.deepEqual(matchesWithin(matches, { start: 5, end: 8 }), []);
  });
});
