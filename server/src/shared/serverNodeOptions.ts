/**
 * How the language server's Node process is started, wherever it is
 * started: the extension passes these (client/src/languageClient.ts), the
 * `invite-language-server` launcher carries them in its `#!` line
 * (esbuild.mjs reads the same JSON; `env -S` sets the variables and splits
 * the options), and the protocol tests and the benchmark start the server
 * with them.
 *
 * Why (bench/README.md has the measurements): the server holds a few large
 * things for its whole life (the language model, a contacts export column
 * by column) and makes small, short-lived garbage on each check.
 * - `--max-semi-space-size=2`: V8's young generation would otherwise grow
 *   to 16 MB semi-spaces under steady typing, ~30 MB of memory holding
 *   garbage. Checks measured no slower.
 * - `--heap-growing-percent=30`: the old generation is collected once it
 *   grows 30 % past what survived the last full collection, rather than
 *   V8's default of about double; with 30,000 contacts this keeps ~15 MB
 *   of dead checks from staying resident (15 % kept a little more away but
 *   slowed the first check by ~0.4 s).
 * - `MALLOC_ARENA_MAX`, `MALLOC_TRIM_THRESHOLD_`, `MALLOC_MMAP_THRESHOLD_`
 *   (glibc; other C libraries ignore them): the contacts worker thread and
 *   V8's helper threads would each keep a malloc arena of freed memory;
 *   freed memory above 128 KB goes back to the system, and blocks of 64 KB
 *   or more are mapped on their own, so freeing one returns it.
 */
import options from './serverNodeOptions.json';

/** Node's command-line options for the server. */
export const SERVER_NODE_OPTIONS: readonly string[] = options.execArgv;

/** Environment variables the server is started with, on top of the caller's. */
export const SERVER_ENVIRONMENT: Readonly<Record<string, string>> = options.env;
