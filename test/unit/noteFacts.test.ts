import * as assert from 'node:assert/strict';
import { DEFAULT_PHRASES, parseTemplate } from '../../server/src/core/index';
import { READ_LIMIT } from '../../server/src/core/reading/readingText';
import { noteFacts, sentenceAt } from '../../server/src/core/noteFacts';

const factsOf = (text: string) => noteFacts(parseTemplate(text), DEFAULT_PHRASES);
const sentences = (text: string) => factsOf(text).sentences().map((s) => text.slice(s.start, s.end));
const greeting = (text: string) => {
  const g = factsOf(text).greeting();
  return g && { greeting: text.slice(g.start, g.end), salutation: text.slice(g.salutation.start, g.salutation.end), name: text.slice(g.name.start, g.name.end), bare: g.bare };
};

describe('noteFacts: sentences', () => {
  it('keeps a placeholder that is a sentence of its own', () => {
    assert.deepEqual(sentences('Hi {{name}}, we met at {{where-met}}. {{reason}}'), ['Hi {{name}}, we met at {{where-met}}.', '{{reason}}']);
  });

  it('never splits inside a placeholder fallback', () => {
    assert.deepEqual(sentences('Hi from {{company | Acme. Inc. Ltd.}} and me. See you.'), ['Hi from {{company | Acme. Inc. Ltd.}} and me.', 'See you.']);
  });

  it('a sentence field ends its sentence unless punctuation follows', () => {
    assert.deepEqual(sentences("{{reason}} {{next-step}} I'd like to join. Thanks for {{reason}}. Bye"), ['{{reason}}', '{{next-step}}', "I'd like to join.", 'Thanks for {{reason}}.', 'Bye']);
  });

  it('does not split after titles, initials, e.g. and dotted abbreviations before lower case', () => {
    assert.deepEqual(sentences('Hello Dr. Smith, we met at the U.S. summit. J. Lee and I admire e.g. compilers.'), [
      'Hello Dr. Smith, we met at the U.S. summit.',
      'J. Lee and I admire e.g. compilers.',
    ]);
  });

  it('does not split inside numbers or before lower case', () => {
    assert.deepEqual(sentences('Version 3.5 shipped. We met... and talked! Really? Yes.'), ['Version 3.5 shipped.', 'We met... and talked!', 'Really?', 'Yes.']);
  });

  it('splits at line breaks and keeps closing quotes', () => {
    assert.deepEqual(sentences('She said "wow." Then left\r\nLine two\n\n  Line three  '), ['She said "wow."', 'Then left', 'Line two', 'Line three']);
  });

  it('a company suffix can end a sentence', () => {
    assert.deepEqual(sentences('I work at Acme Inc. We met.'), ['I work at Acme Inc.', 'We met.']);
  });

  it('sentenceAt finds the sentence holding an offset', () => {
    const text = 'One. Two. Three.';
    const facts = factsOf(text);
    assert.equal(text.slice(sentenceAt(facts, 6)!.start, sentenceAt(facts, 6)!.end), 'Two.');
    assert.equal(sentenceAt(facts, 4), undefined);
  });
});

describe('noteFacts: greeting', () => {
  it('reads salutation, name and punctuation', () => {
    assert.deepEqual(greeting('Hi Mary, we met.'), { greeting: 'Hi Mary,', salutation: 'Hi', name: 'Mary', bare: false });
    assert.deepEqual(greeting('Good morning Priya! We met.'), { greeting: 'Good morning Priya!', salutation: 'Good morning', name: 'Priya', bare: false });
    assert.deepEqual(greeting('Hello Dr. Smith, we met.'), { greeting: 'Hello Dr. Smith,', salutation: 'Hello', name: 'Dr. Smith', bare: false });
    assert.deepEqual(greeting('Hi {{name | there}}, we met.'), { greeting: 'Hi {{name | there}},', salutation: 'Hi', name: '{{name | there}}', bare: false });
    assert.deepEqual(greeting('Hey Ana - we met.'), { greeting: 'Hey Ana -', salutation: 'Hey', name: 'Ana', bare: false });
    assert.deepEqual(greeting('\n  Dear Ana,\nWe met.'), { greeting: 'Dear Ana,', salutation: 'Dear', name: 'Ana', bare: false });
  });

  it('knows greetings that name nobody', () => {
    assert.deepEqual(greeting('Hi, we met.'), { greeting: 'Hi,', salutation: 'Hi', name: '', bare: true });
    assert.deepEqual(greeting('Hi there! We met.'), { greeting: 'Hi there!', salutation: 'Hi', name: 'there', bare: true });
    assert.deepEqual(greeting('Dear Sir or Madam, we met.'), { greeting: 'Dear Sir or Madam,', salutation: 'Dear', name: 'Sir or Madam', bare: true });
  });

  it('without punctuation: the next word when it looks like a name', () => {
    assert.deepEqual(greeting('Hi Mary we met at the mixer last week.'), { greeting: 'Hi Mary', salutation: 'Hi', name: 'Mary', bare: false });
    assert.deepEqual(greeting('Hello we met at the mixer last week.'), { greeting: 'Hello', salutation: 'Hello', name: '', bare: true });
    assert.deepEqual(greeting('Hi Mary'), { greeting: 'Hi Mary', salutation: 'Hi', name: 'Mary', bare: false });
    assert.deepEqual(greeting('Hi\nWe met.'), { greeting: 'Hi', salutation: 'Hi', name: '', bare: true });
  });

  it('"I" and its contractions are never the name', () => {
    assert.deepEqual(greeting("Hi I'd like to connect\n{{name}}"), { greeting: 'Hi', salutation: 'Hi', name: '', bare: true });
    assert.deepEqual(greeting("Hello I’m Bob\nWe met."), { greeting: 'Hello', salutation: 'Hello', name: '', bare: true });
    assert.equal(greeting("I'd, we met."), undefined);
  });

  it('a name and a comma opening the note', () => {
    assert.deepEqual(greeting('Mary, we met.'), { greeting: 'Mary,', salutation: '', name: 'Mary', bare: false });
    assert.equal(greeting('Thanks, we met.'), undefined);
    assert.equal(greeting('We met at the mixer.'), undefined);
    assert.equal(greeting('Hiring managers, we met.'), undefined);
  });
});

describe('noteFacts: what the note says', () => {
  it('context, reason and next step from phrases, fields, and misspelt slots', () => {
    const a = factsOf('Hi [Name], we met at <where met>. Coffee?');
    assert.deepEqual([a.greetsByName(), a.hasContext(), a.hasReason(), a.hasNextStep()], [true, true, false, true]);
    const b = factsOf('Hi {{name}}, {{reason}} {{next-step}}');
    assert.deepEqual([b.greetsByName(), b.hasContext(), b.hasReason(), b.hasNextStep()], [true, false, true, true]);
  });

  it('a long note is read sentence by sentence as a short one is: the same moves, repeated', () => {
    const sentence = "We met at the mixer and I'd love to connect; I would like to buy our product. ";
    const long = factsOf(sentence.repeat(200));
    const short = factsOf(sentence);
    const shortMoves = short.reading().moves.map((m) => [m.start, m.end, m.sense]);
    assert.ok(shortMoves.length >= 3, JSON.stringify(shortMoves));
    assert.deepEqual(long.reading().moves.filter((m) => m.end <= sentence.length).map((m) => [m.start, m.end, m.sense]), shortMoves);
    assert.equal(long.reading().moves.length, 200 * shortMoves.length);
    assert.deepEqual(short.wordyFound().map((m) => m.phrase), ['I would like to']);
    assert.deepEqual([long.hasContext(), long.hasReason(), long.hasNextStep()], [short.hasContext(), short.hasReason(), short.hasNextStep()]);
  });

  it('the reading covers the first READ_LIMIT characters: a context, reason or next step up to there counts, even the last one', () => {
    const filler = 'Nice to see you here. '.repeat(800);
    assert.ok(filler.length < READ_LIMIT - 100);
    const bare = factsOf(filler);
    assert.deepEqual([bare.hasContext(), bare.hasReason(), bare.hasNextStep()], [false, false, false]);
    const late = factsOf(`${filler}We met at the mixer. I'd value your advice. Coffee next week`);
    assert.deepEqual([late.hasContext(), late.hasReason(), late.hasNextStep()], [true, true, true]);
    const past = factsOf(`${'Nice to see you here. '.repeat(1000)}We met at the mixer.`);
    assert.equal(past.hasContext(), false);
  });

  it('phrases inside placeholder fallbacks do not count', () => {
    const f = factsOf('Hi Ana, {{company | we met at the mixer}}');
    assert.equal(f.hasContext(), false);
    assert.equal(f.literalText(), 'Hi Ana, ' + ' '.repeat('{{company | we met at the mixer}}'.length));
  });
});

describe('noteFacts: greeting on a line of its own', () => {
  it('takes the whole line when it is a name or names nobody', () => {
    assert.deepEqual(greeting('Hi Mary Jane\nWe met.'), { greeting: 'Hi Mary Jane', salutation: 'Hi', name: 'Mary Jane', bare: false });
    assert.deepEqual(greeting('Hi {{name | there}}\nWe met.'), { greeting: 'Hi {{name | there}}', salutation: 'Hi', name: '{{name | there}}', bare: false });
    assert.deepEqual(greeting('Hi there\nWe met.'), { greeting: 'Hi there', salutation: 'Hi', name: 'there', bare: true });
    assert.deepEqual(greeting('Dear sir or madam\nWe met.'), { greeting: 'Dear sir or madam', salutation: 'Dear', name: 'sir or madam', bare: true });
  });

  it('a placeholder glued to the next word is the name, not the sentence', () => {
    assert.deepEqual(greeting("Hi{{name}}I'd like to connect\nHi"), { greeting: 'Hi{{name}}', salutation: 'Hi', name: '{{name}}', bare: false });
  });
});
