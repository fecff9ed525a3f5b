/** Numbers and counted nouns as the preview writes them. */

/** `n` with thousands separators: "30,000". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** "1 contact", "2 contacts": a count with the noun, or the phrase, that agrees with it. */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
