/**
 * Engine bugs the tests have found and the engine does not fix yet. While
 * an id is listed, the tests that catch it leave out the inputs that
 * trigger it (and its repro test accepts the current behaviour), so
 * `npm test` stays green; remove the id once the engine is fixed and the
 * tests then hold the fix. Each id names its repro test in
 * test/property/knownCoreBugs.test.ts.
 */

/** A known engine bug, by a name that says what goes wrong. */
export type KnownCoreBug =
  /** "Disable … in this file" on `disable: |` (a block scalar) glues the closing `---` to the new list. */
  | 'disable-fix-breaks-block-scalar'
  /** "Disable … in this file" on `disable: ~` (or `null`) inserts the list before the `~`: invalid YAML. */
  | 'disable-fix-breaks-explicit-null'
  /** "Disable … in this file" on a flow list whose `]` starts a line puts `, id]` at column 0: invalid YAML. */
  | 'disable-fix-breaks-multiline-flow-list'
  /** A byte order mark before an unclosed front matter is part of the note: expanded and counted. */
  | 'bom-in-note-with-unclosed-front-matter'
  /** generic-phrase offers a fix that changes nothing ("Hi I'd like to connect\n{{name}}"), so fix-all never settles. */
  | 'generic-phrase-fix-changes-nothing'
  /**
   * fixAll stops after 10 passes, but adjacent filler sentences are removed every other one per pass
   * (their edits overlap by a character), so ~1,000 repeated sentences are not all removed: a second fixAll changes the text.
   */
  | 'fix-all-stops-before-settling';

/** The bugs still open. Empty when the engine passes every check. */
export const KNOWN_CORE_BUGS: ReadonlySet<KnownCoreBug> = new Set<KnownCoreBug>([]);

/** True while `bug` is listed as open. */
export function isKnownCoreBug(bug: KnownCoreBug): boolean {
  return KNOWN_CORE_BUGS.has(bug);
}
