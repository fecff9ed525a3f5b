/**
 * How many cases each property runs, with which seed, and how many ran in
 * all. `npm test`: `DEFAULT_RUNS` per property and a constant seed, so a
 * run is reproducible. `npm run fuzz`: FUZZ_RUNS cases shared out over
 * every property by weight, seed from FC_SEED. The total tried is printed
 * after the last test (and written to FUZZ_REPORT when set).
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';

/** Cases per property in `npm test`. */
export const DEFAULT_RUNS = 300;

/** The seed when FC_SEED is not set. */
export const DEFAULT_SEED = 20240611;

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : DEFAULT_SEED;
const fuzzTotal = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;

const weights: number[] = [];
let tried = 0;

after(function () {
  if (tried > 0) console.log(`\n  property cases tried: ${tried.toLocaleString('en-US')} (seed ${seed}${fuzzTotal ? `, FUZZ_RUNS ${fuzzTotal}` : ''})`);
  // scripts/fuzz.mjs reads the count from here.
  if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ tried, seed, runs: fuzzTotal }));
});

/**
 * Declares a mocha test that checks `property`. `weight` is its share of
 * FUZZ_RUNS relative to the other properties (costly properties take less);
 * it does not change the `npm test` count.
 */
export function itHolds<Ts extends [unknown, ...unknown[]]>(title: string, property: fc.IProperty<Ts>, weight = 1): void {
  weights.push(weight);
  it(title, function () {
    // Hundreds of generated cases take seconds on a busy machine; the fuzz run takes as long as it takes.
    this.timeout(fuzzTotal ? 0 : 120_000);
    const total = weights.reduce((a, b) => a + b, 0);
    const numRuns = fuzzTotal ? Math.max(1, Math.ceil((fuzzTotal * weight) / total)) : DEFAULT_RUNS;
    const details = fc.check(property, { numRuns, seed });
    tried += details.numRuns;
    if (details.failed) {
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(`${fc.defaultReportMessage(details)}\n\nCause: ${cause}`);
    }
  });
}
