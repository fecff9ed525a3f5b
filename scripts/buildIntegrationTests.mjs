// Bundles the integration suites (test/integration/) with mocha into
// out/test/integration/index.js, the `extensionTestsPath` the editor loads.
// `vscode` is provided by the extension host.
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['test/integration/index.ts'],
  outfile: 'out/test/integration/index.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  // mocha's parallel mode resolves worker files at run time; the suites run serially and never load it.
  logOverride: { 'require-resolve-not-external': 'silent' },
  legalComments: 'none',
});
