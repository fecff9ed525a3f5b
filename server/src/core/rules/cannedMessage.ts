import type { Fix } from '../fix';
import { caseSentenceAt, cutPhrase, onlyFillerLeft, removeSentence, sentenceContent } from '../noteEdits';
import { sentenceAt } from '../noteFacts';
import { matchesWithin } from '../phraseSearch';
import type { Finding, Rule, RuleContext } from '../rule';
import type { Span, Template } from '../template';

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
    const { canned } = context.facts.verdicts();
    // Only the first all-canned sentence becomes the skeleton; later ones go.
    const state: FixState = {};
    // In document order: only the first maxFindings can be reported.
    return canned.slice(0, context.maxFindings).map((match): Finding => {
      const quoted = template.text.slice(match.start, match.end);
      return {
        start: match.start,
        end: match.end,
        message:
          match.sense === 'stock'
            ? `Canned invitation text ("${quoted}"): say how you know them and why you want to connect instead.`
            : `The note only asks to connect ("${quoted}"): that reads as canned. Say how you know them and why you want to connect.`,
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
function cannedFix(template: Template, context: RuleContext, canned: readonly Span[], match: Span, state: FixState): Fix | undefined {
  const { facts } = context;
  const sentence = sentenceAt(facts, match.start) ?? match;
  const content = sentenceContent(template, facts, sentence);
  if (match.start < content.start) return undefined;
  const within = (spans: readonly Span[]) => matchesWithin(spans, content);
  if (onlyFillerLeft(template, facts, content, [within(canned), within(facts.verdicts().generic), within(facts.reading().movesOf('connect-ask'))])) {
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
