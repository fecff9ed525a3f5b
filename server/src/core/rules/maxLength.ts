import { contactName, contactValue } from '../contacts';
import { assumedLength, estimatedLength, expand, expandedLengths, type Expansion } from '../expand';
import type { Fix } from '../fix';
import { overLimit } from '../overLimit';
import { shortenings } from './wordyPhrase';
import type { Finding, RelatedContact, Rule, RuleContext } from '../rule';
import type { Template } from '../template';

/** How many of the longest contacts a finding names. */
const NAMED_CONTACTS = 3;

/** The `max-length` rule (docs/rules/max-length.md). */
export const maxLength: Rule = {
  meta: {
    id: 'max-length',
    description: "Longer than LinkedIn's limit once placeholders are filled in (300 characters; 200 on free accounts).",
    defaultSeverity: 'error',
    fixable: 'suggestion',
    rationale:
      "LinkedIn will not send a note over the limit, and a note that fits for one contact can overflow for another with a long name or company. Cut filler first; a short note is read in full.",
  },
  check(template, context) {
    const { limit, contacts } = context;
    if (contacts && contacts.size > 0 && template.placeholders.length > 0) {
      const lengths = expandedLengths(template, contacts);
      const over = overLimit(lengths, limit, NAMED_CONTACTS);
      if (over.count === 0) return [];
      const longest = over.longest[0];
      const expansion = expand(template, (field) => contactValue(contacts, longest, field));
      const who = `${contactName(contacts, longest)} at ${lengths[longest]}`;
      const related: RelatedContact[] = over.longest.map((i) => ({
        contact: i,
        message: `${contactName(contacts, i)}: ${lengths[i]} characters (${lengths[i] - limit} over)`,
      }));
      return [finding(template, context, expansion,
        `Over the ${limit}-character limit for ${over.count} of ${contacts.size} contacts; longest is ${who} (${lengths[longest] - limit} over).`, related)];
    }
    const length = estimatedLength(template, context.assumedLengths);
    if (length <= limit) return [];
    const expansion = expand(template, (field) => 'x'.repeat(assumedLength(field, context.assumedLengths)));
    const message = template.placeholders.length === 0
      ? `The note is ${length} characters; the limit is ${limit} (${length - limit} over).`
      : `About ${length} characters with typical field lengths, over the ${limit}-character limit by about ${length - limit} (an estimate: no contacts file).`;
    return [finding(template, context, expansion, message, [])];
  },
};

function finding(template: Template, context: RuleContext, expansion: Expansion, message: string, related: RelatedContact[]): Finding {
  const start = overflowOffset(template, expansion, context.limit);
  const shorten = shorteningFix(template, context);
  return { start, end: Math.max(start + 1, template.body.end), message, related, suggestions: shorten ? [shorten] : [] };
}

/** The template offset where the expanded note crosses the limit (a placeholder's start if it crosses inside one). */
function overflowOffset(template: Template, expansion: Expansion, limit: number): number {
  for (const seg of expansion.segments) {
    if (seg.end <= limit) continue;
    if (seg.kind !== 'literal') return seg.source.start;
    let offset = seg.source.start;
    // Walk the source so that a CRLF counts as one expanded character.
    for (let n = seg.start; n < limit; n++) offset += template.text.startsWith('\r\n', offset) ? 2 : 1;
    return Math.min(offset, template.body.end - 1);
  }
  return template.body.start;
}

/** All wordy-phrase shortenings at once, titled with what they save. */
function shorteningFix(template: Template, context: RuleContext): Fix | undefined {
  const edits = shortenings(template, context);
  if (edits.length === 0) return undefined;
  const saved = edits.reduce((sum, e) => sum + (e.end - e.start) - e.text.length, 0);
  return { title: `Shorten wordy phrases (saves ${saved} characters)`, edits };
}
