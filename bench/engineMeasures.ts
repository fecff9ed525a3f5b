/** Measurements of the engine in this process: no server, no files. */
import { lint } from '../server/src/core/lint';
import { loadTagger } from '../server/src/core/reading/tagger';
import { msSince, summary } from './stats';

/**
 * Lints each of `notes` (typical templates, no contacts) `rounds` times and
 * summarises the time of one lint: parse, reading and every rule. The
 * model is loaded and the code warmed first, so this is the steady cost a
 * keystroke pays.
 */
export function lintOneNote(notes: readonly string[], rounds = 20) {
  const loadStart = process.hrtime.bigint();
  loadTagger();
  const modelLoadMs = Math.round(msSince(loadStart));
  for (const note of notes.slice(0, 200)) lint(note);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const note of notes) {
      const start = process.hrtime.bigint();
      lint(note);
      times.push(msSince(start));
    }
  }
  return { ...summary(times), modelLoadMs };
}
