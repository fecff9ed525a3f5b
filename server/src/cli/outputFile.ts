/** `--output-file`: the report written to a file instead of stdout. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeFileError } from '../contacts/index';

/**
 * Writes `text` to `path` (absolute), making its folder when missing, as
 * ESLint does. The path was named on the command line, so it is taken as
 * given. Returns why it failed, as one line, or undefined.
 */
export function writeOutputFile(path: string, text: string): string | undefined {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return undefined;
  } catch (error) {
    return `cannot write the report (${describeFileError(error)}).`;
  }
}
