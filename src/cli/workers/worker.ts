// The worker side of the compile pool: compiles each chunk it is sent, exactly as the main thread would.
import { parentPort } from 'node:worker_threads';
import type { LineMap } from '../../text/line-map.js';
import { compile } from '../../compile.js';
import { compileSources, diagnoseOnly, type FileOutcome } from '../run-files.js';
import type { ChunkRequest, ChunkResult, Keep, WireOutcome } from './protocol.js';

/** Drops what the main thread does not use, so a batch's results stay small on the way back. */
export function toWire(outcome: FileOutcome, lineMaps: Map<string, LineMap>, keep: Keep): WireOutcome {
  const withText = keep === 'json' || outcome.diagnostics.length > 0;
  return {
    compiled: outcome.result !== undefined,
    diagnostics: outcome.diagnostics,
    json: keep === 'json' ? outcome.result?.json : undefined,
    text: withText ? lineMaps.get(outcome.source.path)?.text : undefined,
  };
}

/** Serves chunks until the pool lets the thread go; compileSources already turns a crash on one file into TRT9004. */
export function runWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (request: ChunkRequest) => {
    const lineMaps = new Map<string, LineMap>();
    const compileOne = request.keep === 'json' ? compile : diagnoseOnly;
    const outcomes = compileSources(request.sources, lineMaps, compileOne).map((o) => toWire(o, lineMaps, request.keep));
    port.postMessage({ id: request.id, outcomes } satisfies ChunkResult);
  });
}
