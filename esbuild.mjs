// Bundles the extension, the language server and the CLI into dist/.
// `--production` minifies and drops source maps (what the .vsix ships);
// `--watch` rebuilds on change for F5 debugging.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const production = process.argv.includes('--production');
const serverLaunch = JSON.parse(readFileSync(new URL('./server/src/shared/serverNodeOptions.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');

/** `NAME=value … node --option …`: what the server launcher's `#!/usr/bin/env -S` line runs. */
function serverShebang() {
  const variables = Object.entries(serverLaunch.env).map(([name, value]) => `${name}=${value}`);
  return [...variables, 'node', ...serverLaunch.execArgv].join(' ');
}

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

// The model's data files stay JSON beside the bundle (dist/wink-models/), read by Node's JSON loader:
// inlined, they made a 3.9 MB script whose source V8 keeps while the tagger lives, and parsing it left
// about 20 MB of resident memory behind (bench/README.md).
// The core model's loader keeps the JSON it requires for good and works on a deep copy
// (`JSON.parse(JSON.stringify(original))`); what it requires here is an object whose toJSON reads the
// file, so the copy is the only one kept (3 MB less). A loader that read the object's fields instead
// would find none and fail on first use, which every reading test exercises.
const modelDataApart = {
  name: 'model-data-apart',
  setup(build) {
    build.onResolve({ filter: /[\\/]models[\\/]eng-core-web-model\.json$/ }, () => ({ path: 'core-model', namespace: 'model-data' }));
    build.onLoad({ filter: /^core-model$/, namespace: 'model-data' }, () => ({
      loader: 'js',
      contents: `const { readFileSync } = require('node:fs');
const { join } = require('node:path');
module.exports = { toJSON: () => JSON.parse(readFileSync(join(__dirname, 'wink-models/eng-core-web-model.json'), 'utf8')) };`,
    }));
    build.onResolve({ filter: /[\\/]models[\\/][\w-]+\.json$/ }, (args) => ({ path: `./wink-models/${path.basename(args.path)}`, external: true }));
    build.onEnd(() => {
      const from = path.join(path.dirname(require.resolve('wink-eng-lite-web-model/package.json')), 'dist/languages/cur/models');
      mkdirSync('dist/wink-models', { recursive: true });
      for (const name of readdirSync(from)) if (name.endsWith('.json')) copyFileSync(path.join(from, name), path.join('dist/wink-models', name));
    });
  },
};

const builds = [
  // The extension host provides `vscode`; everything else is bundled.
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, external: ['vscode'] },
  // The server and the CLI are also npm `bin` entries, hence the shebang; the server's carries its
  // environment and Node options (server/src/shared/serverNodeOptions.ts), which `env -S` sets and splits.
  { ...common, entryPoints: { server: 'server/src/server.ts' }, banner: { js: `#!/usr/bin/env -S ${serverShebang()}` }, plugins: [languageModelApart] },
  { ...common, entryPoints: { cli: 'server/src/cli.ts' }, banner: { js: '#!/usr/bin/env node' }, plugins: [languageModelApart] },
  { ...common, entryPoints: { 'wink-nlp': require.resolve('wink-nlp'), 'wink-eng-lite-web-model': require.resolve('wink-eng-lite-web-model') }, sourcemap: false, plugins: [modelDataApart] },
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
