import type { Fix } from '../fix';
import { afterGreeting, caseSentenceAt, cutPhrase, onlyFillerLeft, removeSentence, sentenceContent } from '../noteEdits';
import { sentenceAt, type NoteFacts } from '../noteFacts';
import { findPhrases, matchesWithin, type PhraseMatch } from '../phraseSearch';
import type { Finding, Rule, RuleContext } from '../rule';
import type { Span, Template } from '../template';

/** A note longer than this past its greeting is never just "Let's connect!" (UTF-16 code units). */
const ALONE_REACH = 200;
const NAME_PLACEHOLDER = /\{\{[ \t]*(?:name|first-name|full-name)[ \t]*(?:\|[^{}\r\n]*)?\}\}/g;
const cache = new WeakMap<NoteFacts, PhraseMatch[]>();

/** Canned-text matches in the note, sorted: listed phrases, and short asks that are the whole note. */
export function findCanned(template: Template, context: RuleContext): PhraseMatch[] {
  const { facts, phrases } = context;
  const cached = cache.get(facts);
  if (cached) return cached;
  const found = [...facts.phrasesFound('canned')];
  const from = afterGreeting(template, facts);
  if (template.body.end - from <= ALONE_REACH) {
    const rest = template.text.slice(from, template.body.end).replace(NAME_PLACEHOLDER, (m) => ' '.repeat(m.length));
    const alone = findPhrases(rest, phrases.cannedWhenAlone, from);
    const words = (s: string) => s.replace(/[\s.!,]/g, '');
    if (alone.length === 1 && words(rest) === words(rest.slice(alone[0].start - from, alone[0].end - from))) {
      if (!found.some((f) => f.start < alone[0].end && alone[0].start < f.end)) found.push(alone[0]);
      found.sort((a, b) => a.start - b.start);
    }
  }
  cache.set(facts, found);
  return found;
}

/** The `canned-message` rule (docs/rules/canned-message.md). */
export const cannedMessage: Rule = {
  meta: {
    id: 'canned-message',
    description: "LinkedIn's default invitation text, or something just as canned.",
    defaultSeverity: 'error',
    fixable: 'fix',
    rationale:
      "The default \"I'd like to add you to my professional network\" tells the reader you didn't take a minute for them; many people ignore it on sight. Replace it with how you know them and why you're reaching out.",
  },
  check(template, context) {
    const canned = findCanned(template, context);
    // Only the first all-canned sentence becomes the skeleton; later ones go.
    const state: FixState = {};
    // In document order: only the first maxFindings can be reported.
    return canned.slice(0, context.maxFindings).map((match): Finding => {
      return {
        start: match.start,
        end: match.end,
        message: `Canned invitation text ("${template.text.slice(match.start, match.end)}"): say how you know them and why you want to connect instead.`,
        fix: cannedFix(template, context, canned, match, state),
      };
    });
  },
};

interface FixState {
  /** The sentence that receives the context-and-reason skeleton. */
  skeletonAt?: Span;
}

/**
 * A sentence that is nothing but canned text (and filler) becomes what the
 * note lacks: "we met at {{where-met}}." and "{{reason}}", and a greeting
 * when it opens a note without one; it goes when the note already has
 * both, and so do later all-canned sentences. Canned text inside a longer
 * sentence is cut, or becomes a plain "I'd like to connect".
 */
function cannedFix(template: Template, context: RuleContext, canned: readonly PhraseMatch[], match: PhraseMatch, state: FixState): Fix | undefined {
  const { facts, phrases } = context;
  const sentence = sentenceAt(facts, match.start) ?? match;
  const content = sentenceContent(template, facts, sentence);
  if (match.start < content.start) return undefined;
  const literal = facts.literalText().slice(content.start - template.body.start, content.end - template.body.start);
  if (onlyFillerLeft(template, facts, content, [matchesWithin(canned, content), findPhrases(literal, phrases.generic, content.start)])) {
    const skeleton = [facts.hasContext() ? '' : 'we met at {{where-met}}.', facts.hasReason() ? '' : '{{reason}}'].filter(Boolean).join(' ');
    state.skeletonAt ??= sentence;
    if (!skeleton || state.skeletonAt !== sentence) return { title: 'Remove the canned text', edits: [removeSentence(template, facts, content)] };
    const opensNote = !facts.greeting() && facts.sentences()[0] === sentence;
    const text = opensNote && !facts.greetsByName() ? `Hi {{name}}, ${skeleton}` : caseSentenceAt(template, facts, content.start, skeleton);
    return { title: 'Replace the canned text with context and a reason', edits: [{ start: content.start, end: content.end, text }] };
  }
  const cut = cutPhrase(template, facts, content, match);
  if (cut) return { title: 'Remove the canned text', edits: [cut] };
  const written = template.text.slice(match.start, match.end);
  const ask = /^I(?:['’]d| would) like to\b/i.exec(written);
  if (!ask) return undefined;
  const plain = `${written.charAt(0)}${written.includes('’') ? '’' : "'"}d like to connect`;
  return { title: `Replace with "${plain}"`, edits: [{ start: match.start, end: match.end, text: plain }] };
}
