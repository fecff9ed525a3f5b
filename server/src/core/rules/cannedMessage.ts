import { findPhrases, type PhraseMatch } from '../phraseSearch';
import { afterGreeting } from '../noteEdits';
import { sentenceAt } from '../noteFacts';
import type { Finding, Rule, RuleContext } from '../rule';
import type { Template } from '../template';

/** Canned-text matches in the note: listed phrases, and short asks that are the whole note. */
export function findCanned(template: Template, context: RuleContext): PhraseMatch[] {
  const { facts, phrases } = context;
  const found = findPhrases(facts.literalText(), phrases.canned, template.body.start);
  const from = afterGreeting(template, facts);
  const rest = template.text.slice(from, template.body.end).replace(/\{\{\s*(?:name|first-name|full-name)[^}]*\}\}/g, '');
  const alone = findPhrases(rest, phrases.cannedWhenAlone, from);
  if (alone.length === 1 && rest.replace(/[\s.!,]/g, '').length === rest.slice(alone[0].start - from, alone[0].end - from).replace(/[\s.!,]/g, '').length) {
    found.push(alone[0]);
  }
  return found;
}

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
    const { facts } = context;
    return findCanned(template, context).map((match): Finding => {
      const sentence = sentenceAt(facts, match.start) ?? match;
      const g = facts.greeting();
      const start = Math.max(sentence.start, g && g.end <= match.start ? afterGreeting(template, facts) : sentence.start);
      const parts = [
        g && g.end <= start ? '' : 'Hi {{name}}, ',
        facts.hasContext() ? '' : 'we met at {{where-met}}. ',
        facts.hasReason() ? '' : '{{reason}}',
      ].join('');
      const text = g && g.end <= start ? parts.charAt(0).toUpperCase() + parts.slice(1) : parts;
      return {
        start: match.start,
        end: match.end,
        message: `Canned invitation text ("${template.text.slice(match.start, match.end)}"): say how you know them and why you want to connect instead.`,
        fix: { title: 'Replace the canned text with context and a reason', edits: [{ start, end: sentence.end, text: text.trimEnd() }] },
      };
    });
  },
};
