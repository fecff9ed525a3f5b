import { strict as assert } from 'node:assert';
import { tag } from '../../../server/src/core/reading/tagger';

const negatedWords = (text: string) => tag(text).filter((t) => t.negated).map((t) => t.text);

describe('reading: the tagger', () => {
  it('marks the words a negation covers', () => {
    assert.ok(negatedWords('We have not met yet.').includes('met'));
  });

  it('reads the "no" of a hyphenated compound as no negation', () => {
    assert.deepEqual(negatedWords('We have cut no-shows by 40% for our clinics.'), []);
    assert.deepEqual(negatedWords('We built a no-code tool for schools.'), []);
  });

  it('keeps a real negation after such a compound', () => {
    assert.ok(negatedWords('Our no-code tool did not help them.').includes('help'));
  });

  it('reads courtesies as negating nothing after them', () => {
    assert.deepEqual(negatedWords("Hope you don't mind me sending you an invite."), ['mind']);
    assert.ok(!negatedWords('No pressure, but I would love to hear how it went.').includes('love'));
  });

  it('keeps a real negation after a courtesy', () => {
    assert.ok(negatedWords("I don't mind if we have not met.").includes('met'));
  });

  it('splits the contractions the model keeps whole, as it splits the others', () => {
    const words = (text: string) => tag(text).map((t) => `${t.text}/${t.lemma}/${t.pos}`);
    assert.deepEqual(words("Here's my site."), ['here/here/ADV', "'s/be/AUX", 'my/my/PRON', 'site/site/NOUN', '././PUNCT']);
    assert.deepEqual(words("I'm glad.").slice(0, 2), ['i/i/PRON', "'m/be/AUX"]);
    assert.deepEqual(words("It's fine.").slice(0, 2), ['it/it/PRON', "'s/be/AUX"]);
  });

  it('reads words that name Object.prototype members as words', () => {
    assert.deepEqual(tag('The constructor toString hasOwnProperty.').map((t) => t.text), ['the', 'constructor', 'tostring', 'hasownproperty', '.']);
  });

  it('gives offsets into the text it tagged', () => {
    const text = "Hi Ana, here's the plan.";
    for (const t of tag(text)) assert.equal(text.slice(t.start, t.end).toLowerCase(), t.text);
  });
});
