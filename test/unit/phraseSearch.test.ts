import * as assert from 'node:assert/strict';
import { findPhraseLists, findPhrases, hasPhrase, matchesWithin } from '../../server/src/core/phraseSearch';

const found = (text: string, phrases: string[]) => findPhrases(text, phrases).map((m) => [text.slice(m.start, m.end), m.phrase]);

describe('findPhrases', () => {
  it('matches case-insensitively and reports the list entry', () => {
    assert.deepEqual(found('I CAME ACROSS your profile', ['I came across your profile']), [['I CAME ACROSS your profile', 'I came across your profile']]);
  });

  it('finds a phrase whose lower case is longer than it ("İ" → "i̇") as written and in lower case', () => {
    assert.deepEqual(found('Hi from the İstanbul office', ['İstanbul office']), [['İstanbul office', 'İstanbul office']]);
    assert.deepEqual(found('hi from the i̇stanbul office', ['İstanbul office']), [['i̇stanbul office', 'İstanbul office']]);
    assert.deepEqual(findPhraseLists('the İstanbul office', [['İstanbul office'], []]).map((l) => l.map((m) => m.phrase)), [['İstanbul office'], []]);
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

describe('findPhraseLists', () => {
  const where = (matches: readonly { start: number; end: number; phrase: string }[]) => matches.map((m) => [m.start, m.end, m.phrase]);

  it('finds in one scan what findPhrases finds list by list, overlaps between lists included', () => {
    const text = "I would like to connect. I'd like to add you to my network, and I AM  glad: C++ (expert), a-b, é x, Kelvin K.";
    const lists = [['I would like to', 'I am'], ['I would like to connect', 'add you'], ["I'd like to add you to my network", 'network'], ['C++ (expert)', 'é x', 'b'], ['k'], []];
    assert.deepEqual(findPhraseLists(text, lists, 7).map(where), lists.map((list) => where(findPhrases(text, list, 7))));
    assert.deepEqual(where(findPhraseLists(text, lists)[0]), [[0, 15, 'I would like to'], [64, 68, 'I am']]);
    assert.deepEqual(findPhraseLists(text, lists)[5], []);
  });

  it('keeps each list free of overlaps and prefers its longest phrase', () => {
    const lists = [['ab ab'], ['ab', 'ab ab ab']];
    assert.deepEqual(findPhraseLists('ab ab ab ab', lists).map(where), [[[0, 5, 'ab ab'], [6, 11, 'ab ab']], [[0, 8, 'ab ab ab'], [9, 11, 'ab']]]);
  });

  it('returns empty lists when there is nothing to find', () => {
    assert.deepEqual(findPhraseLists('anything', [[], []]), [[], []]);
    assert.deepEqual(findPhraseLists('', [['a']]), [[]]);
  });
});
