/**
 * Company names as exported ("Northwind Traders, Inc.") and as a note
 * should say them ("Northwind Traders"). Pure string functions; the suffix
 * list is data.
 */

/** Legal-form suffixes, lower case without dots or spaces. */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'plc', 'corp', 'corporation', 'gmbh', 'ag', 'kg', 'ug', 'sa', 'sas', 'sarl', 'srl',
  'spa', 'se', 'sl', 'bv', 'nv', 'oy', 'oyj', 'ab', 'as', 'a/s', 'aps', 'kk', 'pty', 'pte', 'pvt', 'private', 'sdn', 'bhd', 'sro',
]);
/** Suffixes that are legal forms only after a comma ("Acme, Co."); "Harbor & Co" keeps its "Co". */
const AFTER_COMMA_ONLY: ReadonlySet<string> = new Set(['co', 'company']);

/** The last word of `name` and what comes before it. */
const LAST_WORD = /^(.*?)([\s,]+)([^\s,]+)$/s;

/** A word as the lists are keyed. */
function key(word: string): string {
  return word.toLowerCase().replace(/[.\s]/g, '');
}

/**
 * `company` without its legal suffixes ("Acme, Inc." → "Acme", "Foo Pty
 * Ltd" → "Foo"). A name that would be left empty is returned as written.
 */
export function shortCompany(company: string): string {
  let rest = company.trim();
  for (;;) {
    const m = LAST_WORD.exec(rest);
    if (!m) break;
    const word = key(m[3]);
    const legal = LEGAL_SUFFIXES.has(word) || (m[2].includes(',') && AFTER_COMMA_ONLY.has(word));
    const left = m[1].replace(/[\s,&]+$/, '');
    if (!legal || !/\p{L}|\p{N}/u.test(left)) break;
    rest = left;
  }
  return rest;
}

/** True when `company` ends with a legal suffix ("Inc.", ", LLP", "GmbH"). */
export function hasLegalSuffix(company: string): boolean {
  return shortCompany(company) !== company.trim();
}
