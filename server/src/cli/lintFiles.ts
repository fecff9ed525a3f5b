/** Lints template files one after another on this thread. */
import { createLintContext, lintFile, type LintSettings } from './lintFile';
import { mergeOutcomes, type LintRun } from './lintRun';

/**
 * Lints each of `files` (absolute paths) in order. A contacts file's
 * problems are reported once, just before the first template that uses it.
 * Never throws for a bad file: it becomes a failure and the others go on.
 */
export function lintFiles(files: readonly string[], settings: LintSettings): LintRun {
  const context = createLintContext(settings);
  return mergeOutcomes(files.map((path) => lintFile(path, context)));
}
