// How fast the language server answers a change: from didChange sent to publishDiagnostics of that version, over stdio.
//
//   node scripts/bench-lsp.mjs [--changes N]
//
// Drives the built `dist/tartip.js lsp --stdio` with a real LSP client (vscode-languageserver-protocol) on the largest
// act of regulations/: opens it, then makes N edits one at a time as typing does (a letter into a text, a slip in a
// keyword, the slip mended), waiting for each one's diagnostics; the baseline is a whole `tartip check` process of the
// same act, measured in the same run. The server's wait for the next keystroke (its debounce) is part of the time.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { measure, median } from './bench-run.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'dist/tartip.js');
const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');

/** The largest .tartip file of regulations/, by size. */
export function largestAct() {
  const dir = path.join(ROOT, 'regulations');
  return readdirSync(dir).filter((f) => f.endsWith('.tartip')).map((f) => path.join(dir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

/** The edits, in turns: a letter typed into a text, a keyword slip, the slip mended. */
function edits(text, count) {
  const texts = [...text.matchAll(/«[^«»\n]{20,}»/g)].map((m) => m.index + 10);
  const keyword = [...text.matchAll(/^(\s*)ұзақтығы:/gm)].map((m) => m.index + m[1].length + 3);
  const out = [];
  let current = text;
  for (let i = 0; i < count; i++) {
    const kind = i % 3;
    if (kind === 0) {
      const at = texts[i % texts.length];
      current = `${current.slice(0, at)}а${current.slice(at)}`;
    } else if (kind === 1 && keyword.length > 0) {
      const at = keyword[i % keyword.length] + (current.length - text.length);
      current = `${current.slice(0, at)}к${current.slice(at + 1)}`;
    } else if (keyword.length > 0) {
      const at = keyword[(i - 1) % keyword.length] + (current.length - text.length);
      current = `${current.slice(0, at)}қ${current.slice(at + 1)}`;
    }
    out.push(current);
  }
  return out;
}

export async function measureLsp({ changes = 61, file = largestAct() } = {}) {
  const loadBefore = loadavg()[0];
  const text = readFileSync(file, 'utf8');
  const uri = pathToFileURL(file).href;
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  let waiting;
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
    if (waiting && p.version === waiting.version) waiting.resolve(performance.now());
  });
  connection.listen();
  await connection.sendRequest(rpc.InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
  await connection.sendNotification(rpc.InitializedNotification.type, {});
  const published = (version) => new Promise((resolve) => (waiting = { version, resolve }));
  let next = published(1);
  await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'tartip', version: 1, text } });
  await next;
  const times = [];
  let version = 1;
  for (const changed of edits(text, changes)) {
    version++;
    next = published(version);
    const sent = performance.now();
    await connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text: changed }] });
    times.push((await next) - sent);
    // A pause as between keystrokes, so each change is measured on its own rather than merged by the debounce.
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  await connection.sendRequest(rpc.ShutdownRequest.type);
  await connection.sendNotification(rpc.ExitNotification.type);
  connection.dispose();
  const check = measure(process.execPath, [BIN, 'check', file], { runs: 7, warmup: 1 });
  const sorted = [...times].sort((a, b) => a - b);
  // The first few changes run before V8 has optimised the pipeline; they are in the figures (a user sees them too).
  return {
    file: path.relative(ROOT, file), chars: text.length, changes: times.length,
    medianMs: median(times), minMs: sorted[0], maxMs: sorted.at(-1), p90Ms: sorted[Math.floor(0.9 * (sorted.length - 1))],
    checkMs: check.wallMs, ratio: median(times) / check.wallMs, load: [loadBefore, loadavg()[0]],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const changes = argv.includes('--changes') ? Number(argv[argv.indexOf('--changes') + 1]) : undefined;
  const r = await measureLsp(changes ? { changes } : {});
  console.log(`${r.file} (${r.chars} characters), ${r.changes} changes: change→diagnostics median ${r.medianMs.toFixed(1)} ms (min ${r.minMs.toFixed(1)}, p90 ${r.p90Ms.toFixed(1)}, max ${r.maxMs.toFixed(1)}); a whole tartip check of it ${r.checkMs.toFixed(0)} ms: ×${r.ratio.toFixed(2)}`);
}
