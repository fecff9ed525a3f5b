import { changesText } from '../fix';
import { cutPhrase, onlyFillerLeft, removeSentence, sentenceContent } from '../noteEdits';
import { sentenceAt } from '../noteFacts';
import { matchesWithin } from '../phraseSearch';
import type { GenericFinding } from '../reading/verdicts';
import type { Finding, Rule, RuleContext } from '../rule';
import type { Span, Template } from '../template';

/** The `generic-phrase` rule (docs/rules/generic-phrase.md). */
export const genericPhrase: Rule = {
  meta: {
    id: 'generic-phrase',
    description: 'Filler that would fit any recipient ("I came across your profile", a bare "I\'d love to connect", a pitch with nothing about them).',
    defaultSeverity: 'warning',
    fixable: 'fix',
    rationale:
      "Lines that could be sent to anyone read as mass outreach and use up the 300 characters. Spend them on what only this person would recognise: where you met, their work, your reason.",
  },
  check(template, context) {
    const { facts } = context;
    const found = facts.verdicts().generic;
    if (found.length === 0) return [];
    const { canned } = facts.verdicts();
    const asks = facts.reading().movesOf('connect-ask');
    // A sentence is filler when nothing but these spans (each list in document order) and filler words is left of it.
    const emptySpans: readonly (readonly Span[])[] = [found, canned, asks];
    const verdicts = new Map<Span, boolean>();
    const isFiller = (sentence: Span) => {
      let filler = verdicts.get(sentence);
      if (filler === undefined) {
        const content = sentenceContent(template, facts, sentence);
        verdicts.set(sentence, (filler = onlyFillerLeft(template, facts, content, emptySpans.map((list) => matchesWithin(list, content)))));
      }
      return filler;
    };
    // Removing every sentence that says something would leave an empty note: no automatic fix then.
    const removable = hasOtherContent(template, context, isFiller);
    const findings: Finding[] = [];
    for (const f of found) {
      if (findings.length === context.maxFindings) break;
      const quoted = template.text.slice(f.start, f.end);
      findings.push({ start: f.start, end: f.end, message: messageFor(f, quoted), fix: f.kind === 'mass-pitch' ? undefined : removal(template, context, f, quoted, removable, isFiller) });
    }
    return findings;
  },
};

/** What the finding says, by what kind of generic text it is. */
function messageFor(f: GenericFinding, quoted: string): string {
  switch (f.kind) {
    case 'filler':
      return `Generic phrase "${quoted}" fits anyone: replace it with something only this person would recognise.`;
    case 'bare-ask':
      return `"${quoted}" asks to connect with no word on how you know them or why: that fits anyone.`;
    case 'mass-pitch':
      return `A pitch with nothing about them ("${quoted}") could go to anyone: say how you know them before what you offer.`;
  }
}

/** The fix that takes the phrase out: its whole sentence when the sentence is filler, else just the phrase. */
function removal(template: Template, context: RuleContext, f: Span, quoted: string, removable: boolean, isFiller: (s: Span) => boolean) {
  const { facts } = context;
  const sentence = sentenceAt(facts, f.start) ?? f;
  const content = sentenceContent(template, facts, sentence);
  // A phrase the greeting swallowed ("Hi{{name}}I'd like …") has no clean cut.
  if (f.start < content.start) return undefined;
  const filler = isFiller(sentence);
  if (filler && !removable) return undefined;
  const edit = filler ? removeSentence(template, facts, content) : cutPhrase(template, facts, content, f);
  return edit && changesText(template.text, edit) ? { title: `Remove "${quoted}"`, edits: [edit] } : undefined;
}

/** True when some sentence that is not filler has content past the greeting (words or a placeholder). */
function hasOtherContent(template: Template, context: RuleContext, isFiller: (sentence: Span) => boolean): boolean {
  return context.facts.sentences().some((s) => {
    if (isFiller(s)) return false;
    const content = sentenceContent(template, context.facts, s);
    return /[\p{L}\p{N}]|\{\{/u.test(template.text.slice(content.start, content.end));
  });
}
