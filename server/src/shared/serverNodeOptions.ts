/**
 * Node options the language server runs with, wherever it is started: the
 * extension passes them (client/src/languageClient.ts), the
 * `invite-language-server` launcher carries them in its `#!` line
 * (esbuild.mjs reads the same JSON), and the protocol tests and the
 * benchmark start the server with them.
 *
 * Why: the server's lasting data (a contacts export, column by column) sits
 * in V8's old generation, and each check leaves only small, short-lived
 * garbage. V8's default young generation grows to 16 MB per semi-space
 * under steady typing, about 30 MB of resident memory that holds nothing;
 * 2 MB semi-spaces keep a server with 30,000 contacts under 100 MB, and
 * checks measured no slower (bench/README.md).
 */
import options from './serverNodeOptions.json';

export const SERVER_NODE_OPTIONS: readonly string[] = options;
