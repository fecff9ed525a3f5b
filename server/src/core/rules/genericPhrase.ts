import { findPhrases } from '../phraseSearch';
import { removePhrase } from '../noteEdits';
import { sentenceAt } from '../noteFacts';
import type { Rule } from '../rule';
import { findCanned } from './cannedMessage';

// After an ask to connect, these words start its purpose ("… to swap notes", "… since we …").
const PURPOSE = /^(?:\s*(?:with you|here|on linkedin|as well|too))*\s*(?:to|since|because|so|as|about|regarding|given|and (?:learn|hear|discuss|talk|chat|exchange|swap|compare))\b/i;

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
    const { facts, phrases } = context;
    const literal = facts.literalText();
    const offset = template.body.start;
    const canned = findCanned(template, context);
    const matches = findPhrases(literal, phrases.generic, offset);
    if (!facts.hasReason()) {
      for (const m of findPhrases(literal, phrases.connectAsk, offset)) {
        const sentence = sentenceAt(facts, m.start);
        const after = literal.slice(m.end - offset, (sentence?.end ?? m.end) - offset);
        if (!PURPOSE.test(after)) matches.push(m);
      }
    }
    const kept = matches
      .filter((m) => !canned.some((c) => c.start < m.end && m.start < c.end))
      .sort((a, b) => a.start - b.start);
    return kept.map((m) => {
      const sentence = sentenceAt(facts, m.start);
      const sameSentence = kept.filter((o) => sentence && o.start >= sentence.start && o.end <= sentence.end);
      const quoted = template.text.slice(m.start, m.end);
      const removal = removePhrase(template, facts, sameSentence, m);
      return {
        start: m.start,
        end: m.end,
        message: `Generic phrase "${quoted}" fits anyone: replace it with something only this person would recognise.`,
        fix: removal && { title: `Remove "${quoted}"`, edits: [removal] },
      };
    });
  },
};
