import { contactName } from '../contacts';
import { assumedLength, estimatedLength, fieldLengths, overLimit, placeholderLengths } from '../lengths';
import { plural } from '../plural';
import type { Fix } from '../fix';
import { shortenings } from '../shortenings';
import type { Finding, RelatedContact, Rule, RuleContext } from '../rule';
import type { Placeholder, Template } from '../template';

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
      // What the placeholders add is kept between keystrokes: compare it with what the literal text leaves of the limit.
      const added = placeholderLengths(template, contacts);
      const over = overLimit(added, limit - template.literalLength, NAMED_CONTACTS);
      if (over.count === 0) return [];
      const length = (i: number) => template.literalLength + added[i];
      const longest = over.longest[0];
      const filled = (p: Placeholder) => fieldLengths(contacts, p.field)[longest] || fallbackLength(p);
      const who = `${contactName(contacts, longest)} at ${length(longest)}`;
      const related: RelatedContact[] = over.longest.map((i) => ({
        contact: i,
        message: `${contactName(contacts, i)}: ${length(i)} characters (${length(i) - limit} over)`,
      }));
      // One contact: the note checked for that contact (lintContact).
      const message = contacts.size === 1
        ? `Over the ${limit}-character limit for ${contactName(contacts, 0)}: ${length(0)} characters (${length(0) - limit} over).`
        : `Over the ${limit}-character limit for ${over.count} of ${contacts.size} contacts; longest is ${who} (${length(longest) - limit} over).`;
      return [finding(template, context, filled, message, related)];
    }
    const length = estimatedLength(template, context.assumedLengths);
    if (length <= limit) return [];
    // As if each field had its assumed length ('x' repeated); a field assumed empty shows its fallback.
    const filled = (p: Placeholder) => Math.max(0, Math.trunc(assumedLength(p.field, context.assumedLengths))) || fallbackLength(p);
    const message = template.placeholders.length === 0
      ? `The note is ${length} characters; the limit is ${limit} (${length - limit} over).`
      : `About ${length} characters with typical field lengths, over the ${limit}-character limit by about ${length - limit} (an estimate: no contacts file).`;
    return [finding(template, context, filled, message, [])];
  },
  *contactsJudged(template, { contacts, limit }) {
    if (!contacts || template.placeholders.length === 0) return;
    const added = placeholderLengths(template, contacts);
    for (let i = 0; i < added.length; i++) if (template.literalLength + added[i] > limit) yield i;
  },
};

/** How long a placeholder is once filled: note length (UTF-16 code units, a line break counts 1). */
type FilledLength = (placeholder: Placeholder) => number;

function finding(template: Template, context: RuleContext, filled: FilledLength, message: string, related: RelatedContact[]): Finding {
  const start = overflowOffset(template, filled, context.limit);
  const shorten = shorteningFix(template, context);
  return { start, end: Math.max(start + 1, template.body.end), message, related, suggestions: shorten ? [shorten] : [] };
}

/** The length a placeholder's fallback adds when its field is empty. */
function fallbackLength(p: Placeholder): number {
  return p.fallback === undefined ? 0 : p.fallback.length;
}

/**
 * The template offset where the note, filled as `filled` says, crosses the
 * limit (a placeholder's start if it crosses inside one). Walks the body
 * once without building the expanded text.
 */
function overflowOffset(template: Template, filled: FilledLength, limit: number): number {
  const { text, body } = template;
  let length = 0;
  let cursor = body.start;
  // The literal text from `cursor` to `end`, character by character; a CRLF counts as one.
  const crossesIn = (end: number): number | undefined => {
    for (let i = cursor; i < end; i += text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1) {
      if (++length > limit) return Math.min(i, body.end - 1);
    }
    return undefined;
  };
  for (const p of template.placeholders) {
    const inLiteral = crossesIn(p.start);
    if (inLiteral !== undefined) return inLiteral;
    length += filled(p);
    if (length > limit) return p.start;
    cursor = p.end;
  }
  return crossesIn(body.end) ?? body.start;
}

/**
 * The wordy-phrase shortenings at once, titled with what they save: all of
 * them, or in a huge note the first maxFindings (the editor is sent every
 * edit of a fix with the diagnostic).
 */
function shorteningFix(template: Template, context: RuleContext): Fix | undefined {
  const edits = shortenings(template, context).slice(0, context.maxFindings);
  if (edits.length === 0) return undefined;
  const saved = edits.reduce((sum, e) => sum + (e.end - e.start) - e.text.length, 0);
  return { title: `Shorten wordy phrases (saves ${plural(saved, 'character')})`, edits };
}
