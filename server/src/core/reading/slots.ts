/**
 * Slots: the parts of a template that stand for words the contact or the
 * sender fills in — `{{where-met}}`, and the styles pasted from other tools
 * (`[Name]`, `{first_name}`, `<first name>`, `%COMPANY%`). The reading
 * treats each slot as the words it stands for: `[post/article]` is a post,
 * `{specific_reason}` is a reason, `[Your Name]` is the sender.
 */
import type { Span, Template } from '../template';

/** What a slot stands for. */
export type SlotKind =
  | 'name' // the recipient's name
  | 'self' // something of the sender's ("[Your Name]", "{{my_position}}")
  | 'mutual' // a person both know
  | 'context' // how they know each other: an event, a post, a group
  | 'reason' // why connect
  | 'next-step'
  | 'pitch' // a value proposition
  | 'company'
  | 'position'
  | 'topic'
  | 'other';

/** A slot in the note; offsets are document offsets (0-based, end-exclusive UTF-16). */
export interface Slot extends Span {
  readonly kind: SlotKind;
  /** The words of its name and its fallback, lower case ("[post/article]" → post, article). */
  readonly words: readonly string[];
}

/** The kinds of the project's own fields. */
const FIELD_KINDS: Readonly<Record<string, SlotKind>> = {
  name: 'name', 'first-name': 'name', 'last-name': 'name', 'full-name': 'name',
  'where-met': 'context', mutual: 'mutual', reason: 'reason', 'next-step': 'next-step', company: 'company', position: 'position',
};

// First match wins: a slot's owner and purpose decide before its subject ("{{mutual_name}}" is a person both know).
const KIND_WORDS: readonly (readonly [SlotKind, ReadonlySet<string>])[] = [
  ['mutual', new Set(['mutual', 'shared_connection', 'referrer', 'introducer'])],
  ['pitch', new Set(['value', 'prop', 'proposition', 'pitch', 'hook', 'offer', 'benefit', 'outcome'])],
  ['reason', new Set(['reason', 'why', 'purpose', 'motivation'])],
  ['next-step', new Set(['next', 'step', 'cta', 'ask'])],
  ['context', new Set([
    'where', 'met', 'meet', 'event', 'conference', 'webinar', 'meetup', 'summit', 'talk', 'panel', 'session', 'post', 'article',
    'podcast', 'video', 'context', 'shared', 'observation', 'alum', 'alumni', 'news', 'comment', 'content', 'insight', 'achievement',
    'announcement', 'thread', 'newsletter', 'paper',
  ])],
  ['company', new Set(['company', 'organization', 'organisation', 'org', 'employer', 'firm', 'fund', 'business', 'agency', 'startup'])],
  ['position', new Set(['position', 'role', 'title', 'job', 'headline'])],
  ['topic', new Set(['school', 'university', 'college', 'program', 'group', 'book', 'topic', 'area', 'industry', 'field', 'project', 'focus', 'keyword', 'interest', 'aspect', 'thing', 'something', 'problem', 'space', 'initiative', 'work', 'specialty', 'skill'])],
];

/** The words of a slot for the recipient's name ("[First Name]", "{{contact_name}}"). */
const NAME_WORDS: ReadonlySet<string> = new Set(['name', 'firstname', 'fname', 'first', 'last', 'surname', 'full', 'contact', 'recipient', 'their', 'lastname', 'fullname']);

/** Words that make a slot the sender's own: template kits write "[Your Name]" for the sender. */
const SELF_WORDS: ReadonlySet<string> = new Set(['my', 'your', 'me', 'i', 'sender', 'signature', 'yours']);

/** Pasted slot styles; each opens with its own bracket and none allows another's inside, so they never overlap. */
const FOREIGN_SLOT = /\[([^[\]\r\n]{1,80})\]|(?<!\{)\{([^{}\r\n]{1,60})\}(?!\})|<([A-Za-z][^<>\r\n]{0,40})>|%([A-Za-z][A-Za-z_]{1,30})%|\b(NAME|FIRSTNAME|FIRST NAME|COMPANY)\b/g;

/** The words of a slot's name: split at non-letters and at camelCase humps, lower case. */
export function slotWords(written: string): string[] {
  return written
    .replace(/default\s*\(/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** What a slot with these words stands for. `words[0]` is the first word of its name. */
export function slotKind(words: readonly string[], field?: string): SlotKind {
  if (words.length > 0 && SELF_WORDS.has(words[0])) return 'self';
  if (field !== undefined && FIELD_KINDS[field]) return FIELD_KINDS[field];
  for (const [kind, set] of KIND_WORDS) if (words.some((w) => set.has(w))) return kind;
  // "[ERG name]" names a group, not the recipient: a name slot has nothing but name words.
  if (words.length > 0 && words.every((w) => NAME_WORDS.has(w))) return 'name';
  return 'other';
}

/** Every slot of the note body, in document order: placeholders, then pasted slots outside them. */
export function findSlots(template: Template): Slot[] {
  const slots: Slot[] = template.placeholders.map((p) => {
    const nameWords = slotWords(p.rawField);
    const words = [...nameWords, ...slotWords(p.fallback ?? '')];
    return { start: p.start, end: p.end, kind: slotKind(nameWords, p.field), words };
  });
  const { text, body } = template;
  const bodyText = text.slice(body.start, body.end);
  const placeholderCount = slots.length;
  let p = 0;
  for (const m of bodyText.matchAll(FOREIGN_SLOT)) {
    const start = body.start + m.index!;
    const end = start + m[0].length;
    // Both lists are in document order: one walk skips the matches inside placeholders.
    while (p < placeholderCount && slots[p].end <= start) p++;
    if (p < placeholderCount && slots[p].start < end) continue;
    const written = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    const words = slotWords(written);
    if (words.length === 0) continue;
    slots.push({ start, end, kind: slotKind(words), words });
  }
  return slots.sort((a, b) => a.start - b.start);
}
