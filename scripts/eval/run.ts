/**
 * npm run eval [-- CORPUS.json] [--all] [--json | --markdown]: scores the
 * engine on a labelled corpus of notes (default ../shared/corpus/dev-notes.json)
 * and prints per-label recall and precision, the good-clean share, and each
 * miss with its text. `--all` also scores the notes marked uncertain;
 * `--markdown` prints the tables of docs/advice-quality.md (ids, no note text).
 */
import { resolve } from 'node:path';
import { readCorpus, score, scoreTable, type CorpusEntry } from './corpus';

const args = process.argv.slice(2);
const path = resolve(args.find((a) => !a.startsWith('--')) ?? resolve(__dirname, '../../../shared/corpus/dev-notes.json'));
const all = args.includes('--all');

let entries: CorpusEntry[];
try {
  entries = readCorpus(path);
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  process.exit(2);
}
const scored = all ? entries : entries.filter((e) => !e.uncertain);
const result = score(scored);

if (args.includes('--json')) {
  console.log(JSON.stringify({
    corpus: path,
    notes: result.notes,
    labels: result.labels.map(({ label, labelled, fired, hits, recall, precision }) => ({ label, labelled, fired, hits, recall, precision })),
    goodClean: result.goodClean,
  }, null, 2));
  process.exit(0);
}

if (args.includes('--markdown')) {
  const everything = score(entries);
  console.log(`### Scored notes (${result.notes}, uncertain ones left out)\n\n${scoreTable(result)}\n\n### Every note (${everything.notes}, uncertain ones included)\n\n${scoreTable(everything)}`);
  process.exit(0);
}

const pct = (x: number) => x.toFixed(2);
/** One line of a note, control characters shown, for a terminal. */
const oneLine = (text: string) => text.replace(/\r?\n/g, ' / ').replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

console.log(`${result.notes} notes from ${path}${all ? ' (uncertain ones included)' : ' (uncertain ones left out)'}\n`);
console.log(scoreTable(result));
for (const l of result.labels) {
  for (const e of l.misses) console.log(`\nmissed ${l.label}: ${e.id} ${oneLine(e.text)}`);
  for (const e of l.falseAlarms) console.log(`\nfalse ${l.label}: ${e.id} [${e.labels.join(',')}] ${oneLine(e.text)}`);
}
for (const g of result.goodFlagged) console.log(`\ngood but flagged (${g.rules.join(', ')}): ${g.entry.id} ${oneLine(g.entry.text)}`);
