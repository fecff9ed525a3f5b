/**
 * Resolves the options a lint run uses: defaults, then the caller's
 * settings (editor settings or CLI flags), then the template's front matter,
 * which wins because it is the most specific.
 */
import type { ContactSet } from './contacts';
import { isFieldName } from './fields';
import type { FrontMatter } from './frontMatter';
import { phraseBook, type PhraseBook, type UserPhrases } from './phrases';
import { isSeverity, type Severity } from './severity';

/** LinkedIn's limit for a connection note with a premium account; free accounts get 200. */
export const DEFAULT_LIMIT = 300;

/** What the caller knows: settings, flags and the contacts it loaded. All optional. */
export interface LintOptions {
  /** The contacts the template is filled with; without them lengths are estimates. */
  readonly contacts?: ContactSet;
  /**
   * Why no contacts are used although some were asked for (a named file is
   * missing, refused or unreadable): one sentence naming the file, reported
   * by the `contacts-file` rule. The edge that looks for files sets it.
   */
  readonly contactsProblem?: string;
  readonly limit?: number;
  /** Rule id → severity, from settings or `--rule`. */
  readonly rules?: Readonly<Record<string, Severity>>;
  readonly phrases?: UserPhrases;
  /** Field → assumed length when no contacts are known. */
  readonly assumedLengths?: Readonly<Record<string, number>>;
  /**
   * Report only the first this many problems in document order (a whole
   * number ≥ 1; default: all). Rules may then stop early, which bounds the
   * work on a huge document, and a fix that gathers edits from all over the
   * note (max-length's "shorten wordy phrases") keeps only the first this
   * many. `fixAll` ignores it: it fixes everything.
   */
  readonly maxProblems?: number;
}

/** The effective configuration of one run. */
export interface ResolvedConfig {
  readonly limit: number;
  readonly severity: (ruleId: string, defaultSeverity: Severity) => Severity;
  readonly phrases: PhraseBook;
}

/** The keys front matter may have, with what each takes. */
export const FRONT_MATTER_KEYS: ReadonlyMap<string, string> = new Map([
  ['limit', 'the character limit, a whole number (300, or 200 for free accounts)'],
  ['contacts', 'the contacts file, relative to this template'],
  ['sample', 'the contact the preview shows, by full or first name'],
  ['columns', 'field → the contacts column header that fills it, e.g. { where-met: Event }'],
  ['disable', 'a list of rule ids to turn off in this file'],
  ['rules', 'rule id → off, hint, info, warning or error'],
]);

/** The valid settings of a front matter block; invalid values are the front-matter rule's to report. */
export interface FrontMatterSettings {
  readonly limit?: number;
  readonly contacts?: string;
  readonly sample?: string;
  /** Field → the contacts file's column header (or vCard property) that fills it. */
  readonly columns?: Readonly<Record<string, string>>;
  readonly disable: readonly string[];
  readonly rules: Readonly<Record<string, Severity>>;
}

/** Reads the usable values out of `frontMatter`, skipping bad ones. */
export function frontMatterSettings(frontMatter: FrontMatter | undefined): FrontMatterSettings {
  const out: { limit?: number; contacts?: string; sample?: string; columns?: Record<string, string>; disable: string[]; rules: Record<string, Severity> } = { disable: [], rules: Object.create(null) };
  for (const { key, value } of frontMatter?.entries ?? []) {
    if (key === 'limit' && isLimit(value)) out.limit = value;
    else if (key === 'contacts' && typeof value === 'string' && value.trim()) out.contacts = value.trim();
    else if (key === 'sample' && typeof value === 'string' && value.trim()) out.sample = value.trim();
    else if (key === 'columns') out.columns = columnMapping(value);
    else if (key === 'disable') for (const id of Array.isArray(value) ? value : [value]) { if (typeof id === 'string') out.disable.push(id); }
    else if (key === 'rules' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [id, sev] of Object.entries(value)) if (isSeverity(sev)) out.rules[id] = sev;
    }
  }
  return out;
}

/**
 * The usable entries of a `columns:` value (field name → non-empty header
 * text), or undefined when there are none.
 */
export function columnMapping(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, string> = Object.create(null);
  for (const [field, header] of Object.entries(value)) if (isFieldName(field) && typeof header === 'string' && header.trim()) out[field] = header.trim();
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A usable limit: a whole number of characters from 1 to 10,000. */
export function isLimit(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10000;
}

/** Merges defaults, `options` and the front matter's settings. */
export function resolveConfig(options: LintOptions, fm: FrontMatterSettings): ResolvedConfig {
  const fromOptions = options.rules ?? {};
  return {
    limit: fm.limit ?? (isLimit(options.limit) ? options.limit : DEFAULT_LIMIT),
    phrases: phraseBook(options.phrases),
    severity: (id, fallback) => {
      if (fm.disable.includes(id)) return 'off';
      if (Object.prototype.hasOwnProperty.call(fm.rules, id)) return fm.rules[id];
      if (Object.prototype.hasOwnProperty.call(fromOptions, id) && isSeverity(fromOptions[id])) return fromOptions[id];
      return fallback;
    },
  };
}
