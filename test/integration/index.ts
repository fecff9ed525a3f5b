/**
 * The extension-host entry of the integration suites (`extensionTestsPath`
 * → out/test/integration/index.js). Works in any editor that runs
 * extension tests: the desktop runner (runDesktop.ts) and code-server.
 */
import Mocha from 'mocha';

/** Runs every suite; rejects when a test fails, which makes the host exit non-zero. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  // The suites are bundled into this file: give them mocha's globals, then load them.
  mocha.suite.emit('pre-require', globalThis, __filename, mocha);
  require('./diagnostics.test');
  require('./languageFeatures.test');
  require('./preview.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
