import { changesText, type Fix } from '../fix';
import { cutPhrase, onlyFillerLeft, removeSentence, sentenceContent } from '../noteEdits';
import { sentenceAt } from '../noteFacts';
import { matchesWithin, type PhraseMatch } from '../phraseSearch';
import type { Finding, Rule, RuleContext } from '../rule';
import type { Span, Template } from '../template';
import { findCanned } from './cannedMessage';

// After an ask to connect, these words start its purpose ("… to swap notes", "… since we …").
const PURPOSE = /^(?:\s*(?:with you|here|on linkedin|as well|too))*\s*(?:to|since|because|so|as|about|regarding|given|and (?:learn|hear|discuss|talk|chat|exchange|swap|compare))\b/i;
/** How far past an ask to connect its purpose is looked for (UTF-16 code units). */
const PURPOSE_REACH = 60;

/** The `generic-phrase` rule (docs/rules/generic-phrase.md). */
export const genericPhrase: Rule = {
  meta: {
    id: 'generic-phrase',
    description: 'Filler that would fit any recipient ("I came across your profile", a bare "I\'d love to connect").',
    defaultSeverity: 'warning',
    fixable: 'fix',
    rationale:
      "Lines that could be sent to anyone read as mass outreach and use up the 300 characters. Spend them on what only this person would recognise: where you met, their work, your reason.",
  },
  check(template, context) {
    const matches = genericMatches(template, context);
    if (matches.length === 0) return [];
    const { facts } = context;
    const canned = findCanned(template, context);
    const groups = groupBySentence(template, context, matches);
    // Whether a sentence is nothing but filler, asked only of the sentences that need the answer:
    // in a huge note the findings stop at maxFindings, long before the last sentence.
    const bySentence = new Map(groups.map((g) => [g.sentence, g]));
    const verdicts = new Map<SentenceGroup, boolean>();
    const isFiller = (g: SentenceGroup) => {
      let filler = verdicts.get(g);
      if (filler === undefined) verdicts.set(g, (filler = onlyFillerLeft(template, facts, g.content, [g.matches, matchesWithin(canned, g.content)])));
      return filler;
    };
    const fillerSentence = (sentence: Span) => {
      const group = bySentence.get(sentence);
      return group !== undefined && isFiller(group);
    };
    // Removing every sentence that says something would leave an empty note: no automatic fix then.
    const removable = hasOtherContent(template, context, fillerSentence);
    const findings: Finding[] = [];
    // A long note repeats the same few phrases: their message and fix title are built once and shared.
    const wording = new Map<string, { message: string; title: string }>();
    for (const g of groups) {
      const { content, matches: group } = g;
      // Every phrase of a filler sentence has the same fix: the sentence goes.
      const removal = removable && isFiller(g) ? removeSentence(template, facts, content) : undefined;
      for (const m of group) {
        // Groups and their matches are in document order: past the limit nothing more is reported.
        if (findings.length === context.maxFindings) return findings;
        const quoted = template.text.slice(m.start, m.end);
        let words = wording.get(quoted);
        if (!words) {
          words = { message: `Generic phrase "${quoted}" fits anyone: replace it with something only this person would recognise.`, title: `Remove "${quoted}"` };
          wording.set(quoted, words);
        }
        // A phrase the greeting swallowed ("Hi{{name}}I'd like …") has no clean cut.
        const edit = m.start < content.start || (!removal && isFiller(g)) ? undefined : (removal ?? cutPhrase(template, facts, content, m));
        findings.push({
          start: m.start,
          end: m.end,
          message: words.message,
          fix: edit && changesText(template.text, edit) ? { title: words.title, edits: [edit] } : undefined,
        });
      }
    }
    return findings;
  },
};

/**
 * Generic phrases, and asks to connect with no purpose when the note gives
 * no reason; canned text excluded. Sorted: both lists already are, and one
 * merging walk keeps the order. All of them, even past maxFindings: whether
 * removing filler sentences would leave the note empty depends on every one.
 */
function genericMatches(template: Template, context: RuleContext): PhraseMatch[] {
  const { facts } = context;
  const generic = facts.phrasesFound('generic');
  const asks = facts.hasReason() ? [] : facts.phrasesFound('connectAsk');
  if (generic.length === 0 && asks.length === 0) return [];
  const literal = facts.literalText();
  const offset = template.body.start;
  const purposeless = (m: PhraseMatch) => {
    const sentence = sentenceAt(facts, m.start);
    const end = Math.min(sentence?.end ?? m.end, m.end + PURPOSE_REACH);
    return !PURPOSE.test(literal.slice(m.end - offset, end - offset));
  };
  const canned = findCanned(template, context);
  const kept: PhraseMatch[] = [];
  let g = 0;
  let a = 0;
  let c = 0;
  for (;;) {
    // At the same start a generic phrase comes first.
    const fromGeneric = g < generic.length && (a >= asks.length || generic[g].start <= asks[a].start);
    const m = fromGeneric ? generic[g] : asks[a];
    if (m === undefined) break;
    if (fromGeneric) g++;
    else a++;
    if (!fromGeneric && !purposeless(m)) continue;
    // Canned matches are sorted too: the walk drops generic matches inside canned text.
    while (c < canned.length && canned[c].end <= m.start) c++;
    const overlapsCanned = c < canned.length && canned[c].start < m.end;
    if (overlapsCanned || (kept.length && kept[kept.length - 1].end > m.start)) continue;
    kept.push(m);
  }
  return kept;
}

/** Generic matches of one sentence, with the sentence and its part after the greeting. */
interface SentenceGroup {
  readonly sentence: Span;
  readonly content: Span;
  readonly matches: readonly PhraseMatch[];
}

/** The matches (sorted) grouped by the sentence they are in, in order: a sentence's matches are contiguous. */
function groupBySentence(template: Template, context: RuleContext, matches: readonly PhraseMatch[]): SentenceGroup[] {
  const groups: SentenceGroup[] = [];
  let from = 0;
  while (from < matches.length) {
    const sentence = sentenceAt(context.facts, matches[from].start);
    let to = from + 1;
    if (sentence) while (to < matches.length && matches[to].start < sentence.end) to++;
    const span = sentence ?? { start: matches[from].start, end: matches[from].end };
    groups.push({ sentence: span, content: sentenceContent(template, context.facts, span), matches: matches.slice(from, to) });
    from = to;
  }
  return groups;
}

/** True when some sentence that is not filler has content past the greeting (words or a placeholder). */
function hasOtherContent(template: Template, context: RuleContext, isFiller: (sentence: Span) => boolean): boolean {
  return context.facts.sentences().some((s) => {
    if (isFiller(s)) return false;
    const content = sentenceContent(template, context.facts, s);
    return /[\p{L}\p{N}]|\{\{/u.test(template.text.slice(content.start, content.end));
  });
}
