/**
 * Which contact each template is previewed with, remembered per document
 * in the workspace state between sessions (the server holds it while the
 * template is open). The store keeps the contact's index and name so that
 * a choice survives rows being added to or removed from the contacts file.
 */
import type { Memento, Uri } from 'vscode';

/** A contact chosen as the sample for one template: its index in the contacts and its full name. */
export interface SampleChoice {
  readonly index: number;
  readonly name: string;
}

const KEY_PREFIX = 'invite.sampleContact:';

/** Reads and writes the remembered sample contact of each template. */
export class SampleContacts {
  constructor(private readonly state: Memento) {}

  /** The choice remembered for `uri`, if any (malformed stored values are ignored). */
  get(uri: Uri): SampleChoice | undefined {
    const value: unknown = this.state.get(KEY_PREFIX + uri.toString());
    if (typeof value !== 'object' || value === null) return undefined;
    const { index, name } = value as Record<string, unknown>;
    return Number.isInteger(index) && (index as number) >= 0 && typeof name === 'string' ? { index: index as number, name } : undefined;
  }

  /** Remembers `choice` for `uri`. */
  set(uri: Uri, choice: SampleChoice): Thenable<void> {
    return this.state.update(KEY_PREFIX + uri.toString(), { index: choice.index, name: choice.name });
  }
}
