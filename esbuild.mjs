// Bundles the extension, the language server and the CLI into dist/.
// `--production` minifies and drops source maps (what the .vsix ships);
// `--watch` rebuilds on change for F5 debugging.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const production = process.argv.includes('--production');
const serverNodeOptions = JSON.parse(readFileSync(new URL('./server/src/shared/serverNodeOptions.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  outdir: 'dist',
  // yaml's ES module build lets esbuild drop what the front matter parser never uses (its stringifier);
  // the CommonJS build that `platform: 'node'` would pick is bundled whole.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
};

// The language model is most of what reading a note needs: it is bundled on its own (dist/wink-nlp.js,
// dist/wink-eng-lite-web-model.js) and required from there on first use (core/reading/tagger.ts), so the
// server answers `initialize` and the CLI prints --version without parsing it.
const languageModelApart = {
  name: 'language-model-apart',
  setup(build) {
    build.onResolve({ filter: /^wink-(nlp|eng-lite-web-model)$/ }, (args) => ({ path: `./${args.path}.js`, external: true }));
  },
};
const require = createRequire(import.meta.url);

const builds = [
  // The extension host provides `vscode`; everything else is bundled.
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, external: ['vscode'] },
  // The server and the CLI are also npm `bin` entries, hence the shebang; the server's carries its Node
  // options (server/src/shared/serverNodeOptions.ts), which `env -S` splits into arguments.
  { ...common, entryPoints: { server: 'server/src/server.ts' }, banner: { js: `#!/usr/bin/env -S node ${serverNodeOptions.join(' ')}` }, plugins: [languageModelApart] },
  { ...common, entryPoints: { cli: 'server/src/cli.ts' }, banner: { js: '#!/usr/bin/env node' }, plugins: [languageModelApart] },
  { ...common, entryPoints: { 'wink-nlp': require.resolve('wink-nlp'), 'wink-eng-lite-web-model': require.resolve('wink-eng-lite-web-model') }, sourcemap: false },
  // The server loads contacts files in this worker thread (server/src/contacts/loadInWorker.ts).
  { ...common, entryPoints: { contactsWorker: 'server/src/contacts/contactsWorker.ts' } },
  // The preview webview's script: a browser page, one classic script (client/src/preview/previewPanel.ts loads it).
  { ...common, entryPoints: { preview: 'client/src/webview/main.ts' }, platform: 'browser', format: 'iife', target: 'es2022', outdir: 'dist/webview' },
];

// The F5 pre-launch task waits for these two lines (a problem matcher in .vscode/tasks.json).
const watchLog = {
  name: 'watch-log',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => console.log(`[watch] build finished${result.errors.length ? ` with ${result.errors.length} errors` : ''}`));
  },
};

if (watch) {
  for (const options of builds) await (await esbuild.context({ ...options, plugins: [...(options.plugins ?? []), watchLog] })).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
