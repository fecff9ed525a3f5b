/**
 * The custom requests between the VS Code client and the language server.
 * Types and constants only: both sides import this file and nothing here
 * runs. Lengths are note lengths as LinkedIn counts them (UTF-16 code
 * units, a line break counts 1).
 */

/** The language id of .invite files. */
export const LANGUAGE_ID = 'invite';

/** A run of the expanded note: literal text, or a placeholder's value / fallback / gap. */
export interface PreviewSegment {
  readonly kind: 'literal' | 'value' | 'fallback' | 'missing';
  readonly text: string;
  /** The placeholder's field (absent for literal text). */
  readonly field?: string;
  /** What reads wrong in this part of the note for the contact shown ("Punctuation doubled after {{company}}"); absent when nothing does. */
  readonly flags?: readonly string[];
}

/** A problem as the preview lists it. */
export interface PreviewProblem {
  readonly ruleId: string;
  readonly severity: 'hint' | 'info' | 'warning' | 'error';
  readonly message: string;
  /** 0-based line of the problem in the template. */
  readonly line: number;
}

/** One line of the preview's checklist: what the engine read in the note. */
export interface PreviewChecklistItem {
  readonly item: 'name' | 'context' | 'reason' | 'next-step' | 'no-pitch' | 'length';
  /** What is checked ("How you know them"). */
  readonly label: string;
  readonly ok: boolean;
  /** The words that satisfy it (for no-pitch: that break it), as written in the template. */
  readonly evidence?: string;
  /** One line on why it is ticked or not. */
  readonly detail: string;
}

/** A contact whose note is over the limit. */
export interface PreviewOverflow {
  readonly index: number;
  readonly name: string;
  readonly length: number;
}

/** `invite/preview`: the note expanded for one contact, and every contact's length. */
export namespace PreviewRequest {
  export const method = 'invite/preview';
  export interface Params {
    /** The template document's URI (must be open on the server). The note is expanded for its sample contact (SampleContactRequest). */
    readonly uri: string;
  }
  export interface Result {
    readonly text: string;
    readonly length: number;
    /** True when no contacts are known and `length` assumes typical field lengths. */
    readonly estimated: boolean;
    readonly limit: number;
    readonly segments: readonly PreviewSegment[];
    /** The contact shown; absent when no contacts file is known (placeholders then show their field names). */
    readonly contact?: { readonly index: number; readonly name: string };
    /** Where the contacts came from (a path), when known. */
    readonly contactsSource?: string;
    /** Changes whenever the template's contacts change (another file, or the file reloaded): ContactsRequest's names are then stale. */
    readonly contactsVersion: number;
    /** Problems of the template, for this contact: what lint reports, with the rules that judge each contact's note restated for this one. */
    readonly problems: readonly PreviewProblem[];
    /** Name, how you know them, why connect, next step, no pitch, and the length for this contact. */
    readonly checklist: readonly PreviewChecklistItem[];
    /** Expanded length of every contact, in file order (empty without contacts). */
    readonly lengths: readonly number[];
    /** The longest notes over the limit, longest first (at most 20). */
    readonly overflow: readonly PreviewOverflow[];
    /** How many contacts go over the limit in all. */
    readonly overCount: number;
    /**
     * Indexes of the contacts whose note has a problem of its own (over the
     * limit, a gap, text or a value that reads wrong), in file order.
     */
    readonly flagged: readonly number[];
  }
}

/** `invite/contacts`: the names of the contacts a template uses, for a picker. */
export namespace ContactsRequest {
  export const method = 'invite/contacts';
  export interface Params {
    readonly uri: string;
  }
  export interface Result {
    /** Full names in file order. */
    readonly names: readonly string[];
    /** Each name as a lookup compares it (no case, accents, emoji or credentials: "zoe ramirez"), in the same order. */
    readonly searchNames?: readonly string[];
    /** The index of the template's sample contact, or -1 without contacts. */
    readonly sample: number;
    readonly source?: string;
    /** As PreviewRequest.Result's: the names are current while the preview's is the same. */
    readonly version: number;
  }
}

/**
 * `invite/sampleContact`: makes a contact the sample of an open template
 * (the preview's picker, "Invite: Select Sample Contact"). Hover,
 * completion, the preview, the status bar and Copy then all use it, until
 * the template is closed. Answers once the choice is in place.
 */
export namespace SampleContactRequest {
  export const method = 'invite/sampleContact';
  export interface Params {
    readonly uri: string;
    /** The contact's index in ContactsRequest's names. */
    readonly index: number;
    /** Its full name there: if the contacts change, the contact of that name stays chosen. */
    readonly name: string;
  }
}

/**
 * `invite/checkChanged`, server → client: the check of an open template
 * changed (its text, its settings, its contacts file or its sample): what
 * the client shows of it (preview, status bar) should be asked for again.
 */
export namespace CheckChangedNotification {
  export const method = 'invite/checkChanged';
  export interface Params {
    readonly uri: string;
  }
}
