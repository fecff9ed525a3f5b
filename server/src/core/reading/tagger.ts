/**
 * The part-of-speech tagger: wink-nlp with its small English model, loaded
 * on first use (about 0.15 s) and kept for the process. Pure JavaScript, no
 * I/O: the model is bundled, so the engine still runs in a browser.
 */
import type winkNLPType from 'wink-nlp';
import type modelType from 'wink-eng-lite-web-model';

/** One word or mark as the tagger read it; offsets index the text that was tagged. */
export interface TaggedToken {
  /** 0-based, end-exclusive UTF-16 offsets into the tagged text. */
  readonly start: number;
  readonly end: number;
  /** The token as written, lower-cased. */
  readonly text: string;
  /** Dictionary form, lower-cased ("met" → "meet", "'d" → "would"). */
  readonly lemma: string;
  /** Universal POS tag (NOUN, VERB, PROPN, PRON, AUX, ADP, PUNCT, …). */
  readonly pos: string;
  /** True inside the scope of a negation ("we have not met"). */
  readonly negated: boolean;
  /** Index of the tagger's sentence within the tagged text, from 0. */
  readonly sentence: number;
}

type Nlp = ReturnType<typeof winkNLPType>;

/** Contractions the model keeps as one token, and the word before the verb ("here's" → "here" + "'s"). */
const KEPT_WHOLE: ReadonlyMap<string, { readonly word: string; readonly pos: string }> = new Map([
  ["i'm", { word: 'i', pos: 'PRON' }],
  ["here's", { word: 'here', pos: 'ADV' }],
]);
let nlp: Nlp | undefined;

/** The tagger, created on first call. Call early (after a server's `initialize`) to take the load off the first check. */
export function loadTagger(): void {
  if (nlp) return;
  // Required here rather than imported: loading the model is most of a second on a busy machine, which a
  // command that reads no note (--version, a server answering `initialize`) should not pay. Bundlers keep
  // a require inside a function lazy.
  const winkNLP = require('wink-nlp') as typeof winkNLPType;
  const model = require('wink-eng-lite-web-model') as typeof modelType;
  nlp = winkNLP(model, ['sbd', 'pos', 'negation']);
}

/**
 * Tags `text`: tokens in order with lemma, part of speech, negation and
 * sentence. Contractions the model keeps whole ("I'm", "here's") are split
 * as it splits the others ("I" + "'m").
 */
export function tag(text: string): TaggedToken[] {
  loadTagger();
  const doc = nlp!.readDoc(text);
  const its = nlp!.its;
  const values = doc.tokens().out(its.value) as string[];
  // The model's lemmatiser is typed for the token-level call it is; out() passes it the same arguments.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const negations = doc.tokens().out(its.negationFlag) as unknown as boolean[];
  const sentenceOf: number[] = new Array(values.length).fill(0);
  doc.sentences().each((sentence, index) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    for (let k = first; k <= last; k++) sentenceOf[k] = index;
  });
  const out: TaggedToken[] = [];
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k];
    const at = text.indexOf(value, cursor);
    // The model returns tokens as written; one it cannot place is skipped rather than misplaced.
    if (at === -1) continue;
    cursor = at + value.length;
    const lower = value.toLowerCase();
    const pos = tags[k];
    const negated = negations[k] === true;
    const sentence = sentenceOf[k];
    const whole = KEPT_WHOLE.get(lower);
    if (whole) {
      const cut = at + whole.word.length;
      out.push({ start: at, end: cut, text: whole.word, lemma: whole.word, pos: whole.pos, negated, sentence });
      out.push({ start: cut, end: cursor, text: lower.slice(whole.word.length), lemma: 'be', pos: 'AUX', negated, sentence });
      continue;
    }
    const lemma = lemmas[k];
    out.push({ start: at, end: cursor, text: lower, lemma: lemma === undefined ? lower : lemma.toLowerCase(), pos, negated, sentence });
  }
  return withoutIdiomNegation(out);
}

/** Words that open a negation's scope. */
const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot']);

/** Nouns after which "no" is a courtesy ("no worries", "no pressure"), negating nothing that follows. */
const COURTESY_AFTER_NO: ReadonlySet<string> = new Set(['worries', 'worry', 'pressure', 'rush', 'problem', 'obligation', 'stress', 'hurry']);

/**
 * The model carries a negation to the end of its sentence, which is wrong
 * for idioms that negate nothing after them: the "no" of a hyphenated
 * compound ("no-shows", "no-code"), a courtesy ("no pressure, but…"), and
 * "don't mind" ("hope you don't mind me sending you an invite": the
 * sending is not negated). Their scope is cleared from the idiom's end up to
 * the next word that negates; the idiom's own words keep theirs.
 */
function withoutIdiomNegation(tokens: TaggedToken[]): TaggedToken[] {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    let from = -1;
    if (t.text === 'no' && next.text === '-' && next.start === t.end) from = k;
    else if (t.text === 'no' && COURTESY_AFTER_NO.has(next.text)) from = k + 2;
    else if (t.lemma === 'mind' && t.negated) from = k + 1;
    if (from === -1) continue;
    for (let j = from; j < tokens.length && tokens[j].sentence === t.sentence; j++) {
      if (j > k + 1 && NEGATORS.has(tokens[j].text)) break;
      if (tokens[j].negated) tokens[j] = { ...tokens[j], negated: false };
    }
  }
  return tokens;
}
