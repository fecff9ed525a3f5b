/**
 * Reads a labelled corpus of connection notes (shared/corpus/README.md
 * describes the format) and scores the engine on it: each note is linted
 * alone, as a file with a trailing newline, no front matter, no contacts.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { lint } from '../../server/src/core/lint';

const entrySchema = z.object({
  id: z.string(),
  text: z.string(),
  labels: z.array(z.string()),
  why: z.string().optional(),
  uncertain: z.boolean().optional(),
});

export type CorpusEntry = z.infer<typeof entrySchema>;

/** The labels scored, and the rules whose firing counts for each. */
export const LABEL_RULES: Readonly<Record<string, readonly string[]>> = {
  canned: ['canned-message'],
  generic: ['generic-phrase', 'canned-message'],
  'no-context': ['missing-context'],
  'no-reason': ['missing-reason'],
  salesy: ['salesy'],
};

/** Rules that must stay quiet on a good note. */
export const JUDGING_RULES: readonly string[] = ['canned-message', 'generic-phrase', 'missing-context', 'missing-reason', 'salesy'];

/** Reads and validates the corpus at `path`; throws an Error naming the file and the entry on bad input. */
export function readCorpus(path: string): CorpusEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  const parsed = z.array(entrySchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: entry ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Rule ids that fired on one note (any severity). */
export function rulesFired(text: string): Set<string> {
  return new Set(lint(`${text}\n`).problems.map((p) => p.ruleId));
}

export interface LabelScore {
  readonly label: string;
  readonly labelled: number;
  readonly fired: number;
  readonly hits: number;
  readonly recall: number;
  readonly precision: number;
  /** Labelled notes the rule missed. */
  readonly misses: readonly CorpusEntry[];
  /** Notes without the label on which the rule fired. */
  readonly falseAlarms: readonly CorpusEntry[];
}

export interface Score {
  readonly notes: number;
  readonly labels: readonly LabelScore[];
  readonly good: number;
  readonly goodClean: number;
  /** Good notes with the judging rules that fired on them. */
  readonly goodFlagged: readonly { entry: CorpusEntry; rules: string[] }[];
}

/** Scores the engine on `entries` (the caller picks which: the README scores those not `uncertain`). */
export function score(entries: readonly CorpusEntry[]): Score {
  const fired = new Map(entries.map((e) => [e.id, rulesFired(e.text)]));
  const labels = Object.entries(LABEL_RULES).map(([label, rules]): LabelScore => {
    const firedOn = (e: CorpusEntry) => rules.some((r) => fired.get(e.id)!.has(r));
    const labelled = entries.filter((e) => e.labels.includes(label));
    const firing = entries.filter(firedOn);
    const hits = labelled.filter(firedOn);
    return {
      label,
      labelled: labelled.length,
      fired: firing.length,
      hits: hits.length,
      recall: labelled.length ? hits.length / labelled.length : 1,
      precision: firing.length ? hits.length / firing.length : 1,
      misses: labelled.filter((e) => !firedOn(e)),
      falseAlarms: firing.filter((e) => !e.labels.includes(label)),
    };
  });
  const good = entries.filter((e) => e.labels.includes('good'));
  const goodFlagged = good
    .map((entry) => ({ entry, rules: JUDGING_RULES.filter((r) => fired.get(entry.id)!.has(r)) }))
    .filter((g) => g.rules.length > 0);
  return { notes: entries.length, labels, good: good.length, goodClean: good.length ? (good.length - goodFlagged.length) / good.length : 1, goodFlagged };
}

/** The score as Markdown: a row per label, the good-clean line, and the ids of misses and false alarms. */
export function scoreTable(result: Score): string {
  const pct = (x: number) => x.toFixed(2);
  const rows = result.labels.map((l) => `| ${l.label} | ${l.labelled} | ${l.fired} | ${pct(l.recall)} | ${pct(l.precision)} |`);
  const ids = (entries: readonly CorpusEntry[]) => (entries.length ? entries.map((e) => e.id).join(', ') : 'none');
  const misses = result.labels.map((l) => `- ${l.label}: missed ${ids(l.misses)}; fired without the label on ${ids(l.falseAlarms)}`);
  const flagged = result.goodFlagged.map((g) => `${g.entry.id} (${g.rules.join(', ')})`).join(', ') || 'none';
  return [
    '| label | notes | fired | recall | precision |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    `Good notes clean: ${pct(result.goodClean)} (${result.good - result.goodFlagged.length} of ${result.good}); flagged: ${flagged}.`,
    '',
    ...misses,
  ].join('\n');
}
