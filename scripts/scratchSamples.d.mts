/** The scratch copy of `repoRoot`'s samples/ (.scratch/samples), copied there first when it does not exist. */
export function scratchSamples(repoRoot: string): { path: string; created: boolean };
