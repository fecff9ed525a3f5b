import { strict as assert } from 'node:assert';
import { findGreeting } from '../../../server/src/core/greeting';
import { compilePattern, matchPattern, PatternError } from '../../../server/src/core/reading/pattern';
import { readNote } from '../../../server/src/core/reading/readNote';
import { parseTemplate } from '../../../server/src/core/template';

/** The words each match of `source` covers in the first sentence of `text`. */
function matches(source: string, text: string): string[] {
  const template = parseTemplate(`${text}\n`);
  const [sentence] = readNote(template, findGreeting(template)).sentences;
  return matchPattern(compilePattern(source), sentence).map((m) => template.text.slice(sentence.tokens[m.first].start, sentence.tokens[m.last].end));
}

describe('move pattern notation', () => {
  describe('x~N, a run of up to N tokens each matching x', () => {
    it('takes the modifiers before a noun', () => {
      assert.deepEqual(matches('your #ADJ|#NOUN~3 #NOUN !#NOUN', 'I read your long field report on Monday.'), ['your long field report']);
    });

    it('stops at the first token that is not x', () => {
      assert.deepEqual(matches('your #ADJ~3 #NOUN', 'I read your very long report.'), []);
    });

    it('matches with no token of the run', () => {
      assert.deepEqual(matches('your #ADJ~3 #NOUN', 'I read your report.'), ['your report']);
    });

    it('takes at most N', () => {
      assert.deepEqual(matches('your #ADJ|#NOUN~1 #NOUN !#NOUN', 'I read your city bus route map.'), []);
    });
  });

  it('#ING reads a word in -ing after "be" even where the tagger took it for a noun', () => {
    assert.deepEqual(matches('@first be #ING', "I'm mapping heat pumps."), ["I'm mapping"]);
    assert.deepEqual(matches('@first be #ING', "I'm a nurse."), []);
  });

  it('#PAST reads a verb in a past form, not its -ing form', () => {
    assert.deepEqual(matches('you #PAST', 'I know you fixed the typos.'), ['you fixed']);
    assert.deepEqual(matches('you #PAST', 'I know you are fixing the typos.'), []);
  });

  it('names a pattern it cannot read', () => {
    assert.throws(() => compilePattern('@nosuchclass'), (e: unknown) => e instanceof PatternError && /@nosuchclass/.test(e.message));
    assert.throws(() => compilePattern('...2'), PatternError);
  });
});
