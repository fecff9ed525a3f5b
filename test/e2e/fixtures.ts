import { join } from 'node:path';

const fixturesDir = join(__dirname, 'fixtures');

/** The minimal extension that proves the harness: one command, `hello.sayHello`. */
export const helloExtensionDir = join(fixturesDir, 'hello-extension');
/** Its extension-host suite that passes (3 tests) and one that must fail (1 test). */
export const helloSuite = join(helloExtensionDir, 'suite', 'index.js');
export const helloFailingSuite = join(helloExtensionDir, 'suite', 'failingIndex.js');
/** A folder holding one file, `greeting.txt` = "Hello, workspace.\n". */
export const helloWorkspace = join(fixturesDir, 'workspace');
/** What `hello.sayHello` shows and returns. */
export const GREETING = 'Hello from the fixture extension';
