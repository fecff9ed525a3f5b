/**
 * Small edits several rules' fixes share: inserting a sentence after the
 * greeting, removing a filler sentence or phrase without leaving debris,
 * and keeping capitals right where the note's first sentence changes.
 * Every function costs time proportional to the sentence it touches.
 */
import { isWhitespaceCode } from './charCodes';
import type { Edit } from './fix';
import { lowersAfterGreeting, type NoteFacts } from './noteFacts';
import { CLAUSE_STARTS, FILLER_WORDS } from './phrases';
import type { Span, Template } from './template';

const FILLER = new Set(FILLER_WORDS);
const CLAUSE = new Set(CLAUSE_STARTS);
/** How far back a joining "and"/comma is looked for before a phrase (UTF-16 code units). */
const JOINER_REACH = 16;

/** Where content starts after the greeting (past its spaces on the same line), or the start of the note. */
export function afterGreeting(template: Template, facts: NoteFacts): number {
  const g = facts.greeting();
  return skipSpaces(template.text, g ? g.end : template.body.start, template.body.end);
}

/** The part of `sentence` that is not the greeting. */
export function sentenceContent(template: Template, facts: NoteFacts, sentence: Span): Span {
  const g = facts.greeting();
  if (g && g.end > sentence.start && g.end <= sentence.end) return { start: Math.min(skipSpaces(template.text, g.end, sentence.end), sentence.end), end: sentence.end };
  return sentence;
}

/**
 * `sentence` cased for where it goes: its first word lower-cased right after
 * a comma greeting on the same line ("Hi Ana, we met …") when that word is
 * an ordinary one, its first letter upper-cased anywhere else.
 */
export function caseSentenceAt(template: Template, facts: NoteFacts, at: number, sentence: string): string {
  if (continuesGreeting(template, facts, at)) {
    const word = /^[\p{L}'’]+/u.exec(sentence)?.[0] ?? '';
    return lowersAfterGreeting(word) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
  }
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * Edit inserting `sentence` ("We met at {{where-met}}.") as the note's first
 * sentence after the greeting, cased for its place; the text it pushes back
 * gets a capital if it started in lower case.
 */
export function insertSentenceAfterGreeting(template: Template, facts: NoteFacts, sentence: string): Edit {
  const { text, body } = template;
  const g = facts.greeting();
  const from = g ? g.end : body.start;
  const at = skipWhitespace(text, from, body.end);
  if (at === body.end) {
    const lead = g ? ' ' : '';
    return { start: from, end: at, text: lead + caseSentenceAt(template, facts, from, sentence) };
  }
  const inserted = caseSentenceAt(template, facts, at, sentence);
  const next = text[at];
  if (/\p{Ll}/u.test(next)) return { start: at, end: at + 1, text: `${inserted} ${next.toUpperCase()}` };
  return { start: at, end: at, text: `${inserted} ` };
}

/**
 * Edit putting `greeting` ("Hi {{name}},") in front of a note that has
 * none; an ordinary first word after it on the same line is lower-cased.
 */
export function insertGreeting(template: Template, greeting: string): Edit {
  const { text, body } = template;
  const at = skipWhitespace(text, body.start, body.end);
  if (at === body.end) return { start: at, end: at, text: greeting };
  const word = /^[\p{L}'’]+/u.exec(text.slice(at, at + 40))?.[0] ?? '';
  if (/^\p{Lu}/u.test(word) && lowersAfterGreeting(word)) return { start: at, end: at + 1, text: `${greeting} ${word.charAt(0).toLowerCase()}` };
  return { start: at, end: at, text: `${greeting} ` };
}

/** Edit appending `text` to the note, separated by a space. */
export function appendToNote(template: Template, text: string): Edit {
  const end = template.body.end;
  let at = end;
  while (at > template.body.start && /[ \t]/.test(template.text[at - 1])) at--;
  return { start: at, end, text: at > template.body.start ? ` ${text}` : text };
}

/**
 * True when nothing but filler words is left of `content` once the spans
 * of `spanLists` (in any order) are taken out. Placeholders are content.
 */
export function onlyFillerLeft(template: Template, facts: NoteFacts, content: Span, spanLists: readonly (readonly Span[])[]): boolean {
  const { start: bodyStart } = template.body;
  if (template.text.slice(content.start, content.end).includes('{{')) return false;
  const literal = facts.literalText();
  // The words of each stretch between the spans, each stretch on its own (a span never joins two words).
  const fillerOnly = (from: number, to: number) => {
    const words = literal.slice(from - bodyStart, to - bodyStart).toLowerCase().match(WORDS);
    return words === null || words.every((w) => FILLER.has(w.replace(/’/g, "'")));
  };
  let cursor = content.start;
  for (const s of spanLists.flat().sort((a, b) => a.start - b.start)) {
    if (s.start < cursor || s.end > content.end) continue;
    if (!fillerOnly(cursor, s.start)) return false;
    cursor = s.end;
  }
  return fillerOnly(cursor, content.end);
}

const WORDS = /[\p{L}\p{N}'’]+/gu;

/**
 * Edit removing `content` (a sentence, or its part after the greeting)
 * with the space that separates it from what follows. When the next
 * sentence moves up to just after a comma greeting, its first word is
 * cased for that place ("Hi Ana, We met" becomes "Hi Ana, we met").
 */
export function removeSentence(template: Template, facts: NoteFacts, content: Span): Edit {
  const { text, body } = template;
  const after = skipSpaces(text, content.end, body.end);
  const lineStart = backOverSpaces(text, content.start, body.start);
  const startsLine = lineStart === body.start || text[lineStart - 1] === '\n' || text[lineStart - 1] === '\r';
  if (after < body.end && text[after] !== '\n' && text[after] !== '\r') {
    const word = /^[\p{L}'’]+/u.exec(text.slice(after, after + 40))?.[0] ?? '';
    const first = word ? caseSentenceAt(template, facts, content.start, word).charAt(0) : text[after];
    // Where the next sentence's new place changes how it is written (its case, right after the greeting,
    // or opening the note), the edit takes in its first character, so that a fix rewriting that sentence
    // in the same pass conflicts and waits for the next pass, where it sees the new place. Elsewhere the
    // edit stops at the next sentence, so a run of filler sentences goes in one pass.
    const newPlaceMatters = first !== text[after] || continuesGreeting(template, facts, content.start) || inFirstSentence(facts, content.start);
    return newPlaceMatters ? { start: content.start, end: after + 1, text: first } : { start: content.start, end: after, text: '' };
  }
  if (startsLine && after < body.end) {
    // The sentence is a line of its own: the line goes, and one of the blank lines around it.
    let end = after + lineBreakAt(text, after);
    if (isBlankLineBefore(text, lineStart, body.start) && lineBreakAt(text, skipSpaces(text, end, body.end)) > 0) {
      end = skipSpaces(text, end, body.end);
      end += lineBreakAt(text, end);
    }
    return { start: lineStart, end, text: '' };
  }
  // The last sentence of its line: it goes with the space (or blank lines) before it.
  let before = content.start;
  while (before > body.start && /[ \t]/.test(text[before - 1])) before--;
  if (startsLine && after === body.end) while (before > body.start && /\s/.test(text[before - 1])) before--;
  return { start: before, end: content.end, text: '' };
}

/**
 * Edit cutting the phrase at `target` out of the longer sentence whose
 * non-greeting part is `content`, with the "and"/comma that joins it to the
 * rest. Only cuts that leave a sound sentence are made: a phrase that opens
 * the sentence goes when a clause of its own follows ("I came across your
 * profile and I'd love …"), a phrase that closes it goes with the joiner
 * before it. Undefined otherwise.
 */
export function cutPhrase(template: Template, facts: NoteFacts, content: Span, target: Span): Edit | undefined {
  const { text } = template;
  const joinerAfter = target.start === content.start ? JOINER_AFTER.exec(text.slice(target.end, Math.min(content.end, target.end + JOINER_REACH))) : null;
  if (joinerAfter) {
    const next = target.end + joinerAfter[0].length;
    const word = /^(?:\{\{|[\p{L}'’]+)/u.exec(text.slice(next, next + 40))?.[0] ?? '';
    if (word !== '{{' && !CLAUSE.has(word.toLowerCase().replace(/’/g, "'"))) return undefined;
    const first = word === '{{' ? '{' : caseSentenceAt(template, facts, target.start, word).charAt(0);
    return { start: target.start, end: next + 1, text: first };
  }
  // Only the sentence's closing punctuation may follow a phrase cut with the joiner before it.
  for (let i = target.end; i < content.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f && !isWhitespaceCode(code)) return undefined;
  }
  const joinerBefore = JOINER_BEFORE.exec(text.slice(Math.max(content.start, target.start - JOINER_REACH), target.start));
  return joinerBefore ? { start: target.start - joinerBefore[0].length, end: target.end, text: '' } : undefined;
}

const JOINER_AFTER = /^(?:[ \t]*,)?[ \t]+(?:and|but|so)[ \t]+|^[ \t]*[,;][ \t]*/i;
const JOINER_BEFORE = /(?:[ \t]*,[ \t]*(?:(?:and|but|so)[ \t]+)?|[ \t]+(?:and|but|so)[ \t]+)$/i;

/** True when `at` is on the greeting's line right after a comma (or dash) greeting, with only spaces between. */
function continuesGreeting(template: Template, facts: NoteFacts, at: number): boolean {
  const g = facts.greeting();
  if (!g || g.end > at || !/^[,\-–—]?$/.test(g.punctuation)) return false;
  return skipSpaces(template.text, g.end, at) === at;
}

/** True when `at` lies in the note's first sentence. */
function inFirstSentence(facts: NoteFacts, at: number): boolean {
  const first = facts.sentences()[0];
  return first !== undefined && at < first.end;
}

function skipSpaces(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function backOverSpaces(text: string, from: number, limit: number): number {
  let i = from;
  while (i > limit && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i;
}

/** Length of the line break at `at` (0, 1, or 2 for CRLF). */
function lineBreakAt(text: string, at: number): number {
  if (text.startsWith('\r\n', at)) return 2;
  return text[at] === '\n' || text[at] === '\r' ? 1 : 0;
}

/** True when the line before the one starting at `lineStart` is blank. */
function isBlankLineBefore(text: string, lineStart: number, limit: number): boolean {
  let i = lineStart;
  if (i > limit && text[i - 1] === '\n') i--;
  if (i > limit && text[i - 1] === '\r') i--;
  if (i === lineStart) return false;
  i = backOverSpaces(text, i, limit);
  return i === limit || text[i - 1] === '\n' || text[i - 1] === '\r';
}

function skipWhitespace(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && /\s/.test(text[i])) i++;
  return i;
}
