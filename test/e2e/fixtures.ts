import { join } from 'node:path';

const fixturesDir = join(__dirname, 'fixtures');

/** An extension holding only an extension-host suite whose one test fails. */
export const failingSuiteExtensionDir = join(fixturesDir, 'failing-suite');
/** That suite's entry (`extensionTestsPath`). */
export const failingSuite = join(failingSuiteExtensionDir, 'index.js');
/** A folder holding one file, `greeting.txt` = "Hello, workspace.\n". */
export const fixtureWorkspace = join(fixturesDir, 'workspace');
