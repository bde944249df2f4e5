// Messages between the CLI and its compile workers, and how many threads a batch is worth.
import type { Diagnostic } from '../../diagnostics/types.js';
import type { ProcessDefinition } from '../../emit/json/model.js';
import type { SourceFile } from '../sources.js';

/** Marks a worker started by Tártip's pool, so the bundle entry runs the worker loop instead of the CLI. */
export const WORKER_MARK = 'tartip-compile-worker';

/** What the caller needs back: `check` only reports, the other commands also write the JSON. */
export type Keep = 'diagnostics' | 'json';

export interface ChunkRequest {
  id: number;
  sources: SourceFile[];
  keep: Keep;
}

/** One compiled file as it crosses the thread boundary: no model, and the text only where it is printed. */
export interface WireOutcome {
  /** False when the file could not be read or the compiler crashed on it (the diagnostics say which). */
  compiled: boolean;
  diagnostics: Diagnostic[];
  json: ProcessDefinition | undefined;
  /** The source, for code frames: sent when the file has diagnostics, or always when JSON is kept (a failed write is reported at 1:1). */
  text: string | undefined;
}

export interface ChunkResult {
  id: number;
  outcomes: WireOutcome[];
}

/**
 * Files per thread below which another thread does not pay for itself. Measured by `npm run bench` on a
 * 2-core machine: a worker needs ≈ 0.25 s to load the bundle, build the parser and warm up before it
 * compiles as fast as the main thread (≈ 4 ms a file), so a batch must keep it busy for well over that.
 */
export const FILES_PER_THREAD = 48;

/** Files handed to a thread at a time: small enough to balance uneven files, large enough that messages stay cheap. */
export const CHUNK_SIZE = 4;

/**
 * Threads for a batch, the main thread included: 1 (no workers) unless every thread gets at least
 * FILES_PER_THREAD files. `jobs` is the user's cap (`--jobs`), by default the cores available.
 */
export function plannedThreads(files: number, jobs: number): number {
  return Math.max(1, Math.min(jobs, Math.floor(files / FILES_PER_THREAD)));
}
