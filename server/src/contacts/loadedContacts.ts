/**
 * What loading a contacts file gives: the contacts that could be read, a
 * problem for each row that could not, and an error when nothing could be
 * read at all.
 */
import type { ContactSet } from '../core/contacts';

/** A row or value of a contacts file that was skipped or changed. */
export interface ContactsProblem {
  /** 1-based line of the contacts file. */
  readonly line: number;
  readonly message: string;
}

/** The result of reading one contacts file. Loading never throws. */
export interface LoadedContacts {
  /** The contacts that loaded (every good row, even when other rows are bad); absent when `error` is set. */
  readonly contacts?: ContactSet;
  /** 1-based source line of each contact, in the same order as `contacts`. */
  readonly lines?: readonly number[];
  /** Problems of single rows or values, in line order. */
  readonly problems: readonly ContactsProblem[];
  /** One line naming the file, when it could not be read or has no usable shape. */
  readonly error?: string;
}
