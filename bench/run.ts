/**
 * `npm run bench`: measures the built server and CLI on generated data
 * and writes bench/results.json. It reports; it does not pass or fail.
 */
import { buildSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { startServer } from '../test/server/lspClient';
import { cliThroughput } from './cliMeasures';
import { writeBenchData } from './data';
import { lintOneNote } from './engineMeasures';
import { coldStart, firstDiagnostics, pathologicalFile, previewLatency, roundTripFloor, rssMb, typingLatency } from './lspMeasures';
import { round } from './stats';

const root = path.resolve(__dirname, '..');
const dataDir = path.join(__dirname, 'data');

async function main() {
  const log = (s: string) => process.stderr.write(`${s}\n`);
  log('generating data…');
  const files = writeBenchData(dataDir);
  const minimal = path.join(dataDir, 'minimal-server.js');
  buildSync({ entryPoints: [path.join(__dirname, 'minimalServer.ts')], bundle: true, platform: 'node', minify: true, outfile: minimal, logLevel: 'error' });

  log('linting one note in this process…');
  const notes = readdirSync(files.folder).filter((f) => f.endsWith('.invite')).slice(0, 500).map((f) => readFileSync(path.join(files.folder, f), 'utf8'));
  const engine = lintOneNote(notes);

  log('first diagnostics with 30,000 contacts…');
  const first30k = Math.min(await firstDiagnostics(dataDir, files.template30k), await firstDiagnostics(dataDir, files.template30k));

  log('typing latency…');
  const client = await startServer({ rootDir: dataDir });
  const floor = await roundTripFloor(client);
  const typing1k = await typingLatency(client, files.template1k);
  const typing30k = await typingLatency(client, files.template30k);
  log('preview latency…');
  const preview30k = await previewLatency(client, files.template30k);
  const memoryMb = rssMb(client.pid);
  await client.stop();

  log('pathological file…');
  const fresh = await startServer({ rootDir: dataDir });
  const pathological = await pathologicalFile(fresh, files.huge);
  await fresh.stop();

  log('cold start…');
  const coldServer = await coldStart(dataDir, undefined);
  const coldMinimal = await coldStart(dataDir, minimal);

  log('CLI over 10,000 templates…');
  const cli = cliThroughput(path.join(root, 'dist/cli.js'), files.folder);

  log('packaging the .vsix…');
  execFileSync('npm', ['run', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const vsixMiB = round(statSync(path.join(root, 'invite-lint.vsix')).size / 2 ** 20, 2);

  const kb = (f: string) => round(statSync(path.join(root, f)).size / 1024, 1);
  const results = {
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: round(totalmem() / 2 ** 30, 1), node: process.version },
    engine,
    firstDiagnostics30kMs: first30k,
    vsixMiB,
    typing: { floor, contacts1k: typing1k, contacts30k: typing30k, ratio1kP95ToFloorP95: round(typing1k.p95 / floor.p95), ratio30kP95ToFloorP95: round(typing30k.p95 / floor.p95) },
    preview30k,
    coldStart: { server: coldServer, minimal: coldMinimal, ratioP50: round(coldServer.p50 / coldMinimal.p50) },
    bundleKb: { server: kb('dist/server.js'), extension: kb('dist/extension.js'), cli: kb('dist/cli.js') },
    memoryMb30k: memoryMb,
    cli,
    pathological,
  };
  writeFileSync(path.join(__dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  const rows: [string, string, string][] = [
    ['lint one typical note p95', `${engine.p95} ms`, `≤ 0.5 ms (p50 ${engine.p50} ms; model load ${engine.modelLoadMs} ms)`],
    ['typing p95, 1k contacts', `${typing1k.p95} ms`, `floor ${floor.p95} ms: ${results.typing.ratio1kP95ToFloorP95}×`],
    ['typing p95, 30k contacts', `${typing30k.p95} ms`, '≤ 10 ms'],
    ['preview p95, 30k contacts', `${preview30k.p95} ms`, '≤ 30 ms'],
    ['cold start p50', `${coldServer.p50} ms`, `≤ 1.5× minimal (${coldMinimal.p50} ms): ${results.coldStart.ratioP50}×`],
    ['first diagnostics, 30k contacts', `${first30k} ms`, '≤ 2,000 ms from spawn'],
    ['RSS with 30k contacts', `${memoryMb} MB`, '≤ 100 MB'],
    ['CLI, 10,000 templates', `${cli.cliMs} ms`, `≤ 10× floor (${cli.floorMs} ms): ${cli.ratio}×`],
    ['invite-lint.vsix', `${vsixMiB} MiB`, '≤ 2 MiB'],
    ['dist/server.js', `${results.bundleKb.server} KB`, 'no target'],
    ['1 MB template diagnostics', `${pathological.diagnosticsMs} ms`, `hover behind it ${pathological.hoverMs} ms`],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(rows.map(([a, b, c]) => `${a.padEnd(width)}  ${b.padStart(10)}  ${c}`).join('\n') + '\n');
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
