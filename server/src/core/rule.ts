/**
 * What a rule is and what it reports. Rules are data plus one pure
 * `check` function; they never see files, LSP or settings formats.
 */
import type { ContactSet } from './contacts';
import type { Fix } from './fix';
import type { NoteFacts } from './noteFacts';
import type { PhraseBook } from './phrases';
import type { Severity } from './severity';
import type { Span, Template } from './template';

/** A rule's description of itself; `id` is stable and used everywhere (diagnostic code, settings, docs). */
export interface RuleMeta {
  readonly id: string;
  /** One line: what the rule flags. */
  readonly description: string;
  readonly defaultSeverity: Exclude<Severity, 'off'>;
  /**
   * 'fix': a safe fix that `--fix` and Fix All apply; 'suggestion': a quick
   * fix offered in the editor only; false: nothing to apply.
   */
  readonly fixable: 'fix' | 'suggestion' | false;
  /** Why it hurts acceptance and what to do instead (shown on hover). */
  readonly rationale: string;
  /**
   * False for a rule about the file rather than the note (empty-note,
   * front-matter, contacts-file): it runs even when the note is empty.
   * Every other rule is skipped then. Default true.
   */
  readonly needsNote?: boolean;
}

/** Extra information pointing at a contact (e.g. the longest ones for max-length). */
export interface RelatedContact {
  readonly message: string;
  /** Index into the contact set. */
  readonly contact: number;
}

/** What a rule's check returns; `lint` adds the rule id and severity. */
export interface Finding extends Span {
  readonly message: string;
  /** Applied by `--fix` and Fix All (only for rules with fixable 'fix'). */
  readonly fix?: Fix;
  /** Offered as quick fixes, never applied automatically. */
  readonly suggestions?: readonly Fix[];
  readonly related?: readonly RelatedContact[];
}

/** A finding with its rule and effective severity. */
export interface Problem extends Finding {
  readonly ruleId: string;
  readonly severity: Exclude<Severity, 'off'>;
}

/** Everything a rule may read. Expensive facts are computed once, on demand. */
export interface RuleContext {
  readonly phrases: PhraseBook;
  /** Effective character limit. */
  readonly limit: number;
  readonly contacts?: ContactSet;
  /** Why the contacts the template asks for could not be had (LintOptions.contactsProblem). */
  readonly contactsProblem?: string;
  readonly assumedLengths: Readonly<Record<string, number>>;
  /** Every rule id (the front-matter rule checks `disable:` and `rules:` against it). */
  readonly ruleIds: readonly string[];
  /**
   * Only the first this many findings by position can be reported: a rule
   * may stop there, as long as what it returns includes its earliest ones.
   */
  readonly maxFindings: number;
  readonly facts: NoteFacts;
}

/** One rule: its metadata, and a pure check that returns its findings in any order. */
export interface Rule {
  readonly meta: RuleMeta;
  check(template: Template, context: RuleContext): readonly Finding[];
  /**
   * Only for a rule that judges each contact's expanded note (max-length,
   * missing-value, expanded-text, contact-value): the indexes of the
   * contacts whose note it finds wrong, in any order, repeats allowed.
   * Such a rule's `check` run with a single contact (lintContact) says
   * what it finds in that contact's note.
   */
  contactsJudged?(template: Template, context: Pick<RuleContext, 'contacts' | 'limit'>): Iterable<number>;
}
