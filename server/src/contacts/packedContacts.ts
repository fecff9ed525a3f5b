/**
 * A contact set in the form the contacts worker posts it: each column as
 * its distinct values and, per contact, the index of its value. An export
 * repeats much (dates, companies, positions, first names), so the message
 * is smaller than the set, and the set rebuilt from it holds each distinct
 * value of a column once: the server keeps its sets for as long as it runs.
 */
import type { ContactSet } from '../core/contacts';
import type { LoadedContacts } from './loadedContacts';

interface PackedColumn {
  readonly field: string;
  /** Each distinct value, in the order first met. */
  readonly values: readonly string[];
  /** Per contact, its value's index into `values`. */
  readonly index: Uint32Array;
}

interface PackedSet {
  readonly size: number;
  readonly sourceFields: readonly string[];
  readonly source: string;
  readonly columns: readonly PackedColumn[];
}

/** LoadedContacts with its set packed. */
export type PackedLoadedContacts = Omit<LoadedContacts, 'contacts'> & { readonly packed?: PackedSet };

/** `loaded` ready to post; the typed arrays to transfer with it. */
export function packLoaded(loaded: LoadedContacts): { message: PackedLoadedContacts; transfer: ArrayBuffer[] } {
  const { contacts, ...rest } = loaded;
  if (!contacts) return { message: rest, transfer: [] };
  const columns: PackedColumn[] = [];
  for (const [field, cells] of contacts.columns) {
    const indexOf = new Map<string, number>();
    const values: string[] = [];
    const index = new Uint32Array(cells.length);
    for (let i = 0; i < cells.length; i++) {
      let k = indexOf.get(cells[i]);
      if (k === undefined) {
        k = values.length;
        indexOf.set(cells[i], k);
        values.push(cells[i]);
      }
      index[i] = k;
    }
    columns.push({ field, values, index });
  }
  const packed: PackedSet = { size: contacts.size, sourceFields: contacts.sourceFields, source: contacts.source, columns };
  return { message: { ...rest, packed }, transfer: columns.map((c) => c.index.buffer as ArrayBuffer) };
}

/** The LoadedContacts a packed message stands for. */
export function unpackLoaded(message: PackedLoadedContacts): LoadedContacts {
  const { packed, ...rest } = message;
  if (!packed) return rest;
  const columns = new Map<string, readonly string[]>();
  for (const { field, values, index } of packed.columns) {
    const cells = new Array<string>(index.length);
    for (let i = 0; i < index.length; i++) cells[i] = values[index[i]];
    columns.set(field, cells);
  }
  const contacts: ContactSet = { size: packed.size, columns, sourceFields: packed.sourceFields, source: packed.source, cache: { lengths: new Map(), missing: new Map() } };
  return { ...rest, contacts };
}
