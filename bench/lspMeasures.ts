/** Measurements that talk to the built language server over stdio. */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startServer, type TestClient } from '../test/server/lspClient';
import { msSince, summary } from './stats';

const TYPED = 'Thanks again for the intro ';

/** Opens `file` and types `edits` single characters at the end of the note, timing didChange → diagnostics. */
export async function typingLatency(client: TestClient, file: string, edits = 300) {
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');
  client.open(uri, text);
  await client.diagnostics(uri, (p) => p.version === 1, 60000);
  const lines = text.split('\n');
  const line = lines.length - 2; // the note's last line (the file ends with a newline)
  let character = lines[line].length;
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    const version = i + 2;
    const start = process.hrtime.bigint();
    client.change(uri, version, [{ range: { start: { line, character }, end: { line, character } }, text: TYPED[i % TYPED.length] }]);
    await client.diagnostics(uri, (p) => p.version === version, 60000);
    times.push(msSince(start));
    character++;
  }
  return summary(times);
}

/** The same harness's round trip for a request answered without work (an unknown method). */
export async function roundTripFloor(client: TestClient, count = 300) {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    await client.request('invite/benchPing', {}).catch(() => undefined);
    times.push(msSince(start));
  }
  return summary(times);
}

/** `invite/preview` latency for an open template. */
export async function previewLatency(client: TestClient, file: string, count = 100) {
  const uri = pathToFileURL(file).href;
  const times: number[] = [];
  let contacts = 0;
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    const result = await client.request<{ lengths: number[] }>('invite/preview', { uri, contact: i });
    times.push(msSince(start));
    contacts = result.lengths.length;
  }
  return { ...summary(times), contacts };
}

/** Spawn → initialize result, `count` times. */
export async function coldStart(rootDir: string, server: string | undefined, count = 10) {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    const client = await startServer({ rootDir, server });
    times.push(msSince(start));
    await client.stop();
  }
  return summary(times);
}

/** Resident memory of a process, in MB (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 102.4) / 10;
}

/** Opens the huge template; times its diagnostics and a hover sent right behind the open. */
export async function pathologicalFile(client: TestClient, file: string) {
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');
  const start = process.hrtime.bigint();
  client.open(uri, text);
  const hoverStart = process.hrtime.bigint();
  const hover = client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } }).then(() => msSince(hoverStart));
  const diagnostics = await client.diagnostics(uri, (p) => p.version === 1, 120000);
  const diagnosticsMs = msSince(start);
  return { diagnosticsMs: Math.round(diagnosticsMs), hoverMs: Math.round(await hover), problems: diagnostics.length, sizeBytes: text.length };
}

/** A fresh server: spawn → first diagnostics for `file` (the contacts file it names loaded, the model loaded on first use). */
export async function firstDiagnostics(rootDir: string, file: string) {
  const start = process.hrtime.bigint();
  const client = await startServer({ rootDir });
  const uri = pathToFileURL(file).href;
  client.open(uri, readFileSync(file, 'utf8'));
  await client.diagnostics(uri, (p) => p.version === 1, 60000);
  const ms = Math.round(msSince(start));
  await client.stop();
  return ms;
}
