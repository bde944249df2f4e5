// Compiles a batch of sources on several threads; the results, merged in source order, are those of one thread.
//
// The main thread takes part: it compiles chunks from the same queue while the workers start (a worker
// needs a few hundred milliseconds to load the bundle and warm up), and yields between chunks so the
// workers' results are taken in. A worker that dies takes no other file's result with it: the files it
// held are retried one by one on a fresh worker, and a file that kills a worker twice is reported as
// TRT9004 with the reason. Such a file is never retried on the main thread, which it could take down.
import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { createDiagnostic } from '../../diagnostics/create.js';
import { LineMap } from '../../text/line-map.js';
import { compile } from '../../compile.js';
import { compileSources, diagnoseOnly, type FileOutcome } from '../run-files.js';
import type { SourceFile } from '../sources.js';
import { CHUNK_SIZE, WORKER_MARK, plannedThreads, type ChunkRequest, type ChunkResult, type Keep, type WireOutcome } from './protocol.js';
import { toWire } from './worker.js';

export interface BatchOptions {
  keep: Keep;
  /** The most threads to use, the main thread included (`--jobs`); by default the cores available. */
  jobs?: number | undefined;
  /** The script a worker runs: the CLI bundle, whose entry serves chunks in a worker thread. */
  workerScript?: URL | string;
  /** Overrides the planned thread count (tests). */
  threads?: number;
  /** Overrides the files per chunk (tests). */
  chunkSize?: number;
}

interface Chunk {
  indices: number[];
  /** Its files were in flight on a worker that died: retried alone, never on the main thread. */
  suspect: boolean;
}

function fromWire(source: SourceFile, wire: WireOutcome, lineMaps: Map<string, LineMap>): FileOutcome {
  if (wire.text !== undefined) lineMaps.set(source.path, new LineMap(wire.text));
  const result = wire.compiled ? { file: source.path, diagnostics: wire.diagnostics, json: wire.json } : undefined;
  return { source, result, diagnostics: wire.diagnostics };
}

function crashed(source: SourceFile, reason: string): FileOutcome {
  const at = { line: 1, column: 1, offset: 0 };
  return { source, result: undefined, diagnostics: [createDiagnostic('TRT9004', source.path, { start: at, end: at }, { reason })] };
}

/**
 * Compiles every source, on worker threads when the batch is large enough to pay for them
 * (see plannedThreads). Outcomes are in the order of `sources` whatever thread compiled them, and
 * `lineMaps` gets the sources whose text a report or a write failure may print.
 */
export async function compileBatch(sources: SourceFile[], lineMaps: Map<string, LineMap>, options: BatchOptions): Promise<FileOutcome[]> {
  const size = options.chunkSize ?? CHUNK_SIZE;
  const chunks: Chunk[] = [];
  for (let i = 0; i < sources.length; i += size) {
    chunks.push({ indices: sources.slice(i, i + size).map((_, k) => i + k), suspect: false });
  }
  const results: FileOutcome[] = new Array(sources.length);
  const compileHere = (chunk: Chunk): void => {
    const maps = new Map<string, LineMap>();
    const outcomes = compileSources(chunk.indices.map((i) => sources[i]!), maps, options.keep === 'json' ? compile : diagnoseOnly);
    outcomes.forEach((o, k) => (results[chunk.indices[k]!] = fromWire(o.source, toWire(o, maps, options.keep), lineMaps)));
  };

  const threads = options.threads ?? plannedThreads(sources.length, options.jobs ?? availableParallelism());
  if (threads <= 1) {
    for (const chunk of chunks) compileHere(chunk);
    return results;
  }

  const script = options.workerScript ?? new URL(import.meta.url);
  let pending = chunks.length;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const settle = (count: number) => {
    pending -= count;
    if (pending === 0) finish();
  };
  const live = new Set<Worker>();
  let sent = 0;

  /** The next chunk a thread may take: the main thread leaves suspect chunks to workers. */
  const take = (onWorker: boolean): Chunk | undefined => {
    const at = chunks.findIndex((c) => onWorker || !c.suspect);
    return at < 0 ? undefined : chunks.splice(at, 1)[0];
  };

  const startWorker = (): void => {
    let worker: Worker;
    try {
      worker = new Worker(script, { argv: [WORKER_MARK], workerData: { mark: WORKER_MARK } });
    } catch (error) {
      // No thread can be started here: suspect files cannot be retried, the rest the main thread compiles.
      for (let at = chunks.findIndex((c) => c.suspect); at >= 0; at = chunks.findIndex((c) => c.suspect)) {
        const i = chunks.splice(at, 1)[0]!.indices[0]!;
        results[i] = crashed(sources[i]!, error instanceof Error ? error.message : String(error));
        settle(1);
      }
      return;
    }
    live.add(worker);
    let current: Chunk | undefined;
    let ended = false;
    const feed = (): void => {
      current = take(true);
      if (!current) {
        live.delete(worker);
        void worker.terminate();
        return;
      }
      worker.postMessage({ id: ++sent, sources: current.indices.map((i) => sources[i]!), keep: options.keep } satisfies ChunkRequest);
    };
    const died = (reason: string): void => {
      if (ended) return;
      ended = true;
      live.delete(worker);
      const lost = current;
      current = undefined;
      if (!lost) return;
      if (lost.suspect) {
        const i = lost.indices[0]!;
        results[i] = crashed(sources[i]!, reason);
        settle(1);
      } else {
        chunks.unshift(...lost.indices.map((i) => ({ indices: [i], suspect: true })));
        pending += lost.indices.length - 1;
      }
      if (chunks.length > 0) startWorker();
    };
    worker.on('message', (message: ChunkResult) => {
      const chunk = current!;
      message.outcomes.forEach((wire, k) => {
        const i = chunk.indices[k]!;
        results[i] = fromWire(sources[i]!, wire, lineMaps);
      });
      settle(1);
      feed();
    });
    worker.on('error', (error) => died(`worker thread: ${error.message}`));
    worker.on('exit', (code) => died(`worker thread exited with code ${code}`));
    feed();
  };

  for (let w = 1; w < threads; w++) startWorker();
  for (let chunk = take(false); chunk; chunk = take(false)) {
    compileHere(chunk);
    settle(1);
    await yieldToEvents();
  }
  await done;
  await Promise.all([...live].map((w) => w.terminate()));
  return results;
}
