/** What the sample-contact picker shows beside a name. */
/**
 * The picker's description of a contact: the name as the lookup compares it
 * (no accents, emoji or credentials) when that differs from how it is
 * written, and whether it is the current sample.
 */
export function pickerDescription(label: string, searchName: string | undefined, current: boolean): string | undefined {
  const parts = [searchName && searchName !== label.toLowerCase() ? searchName : undefined, current ? 'current sample' : undefined].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
