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
 * Files per thread below which another thread does not pay for itself, measured by `npm run bench` on a
 * 2-core machine. A worker needs ≈ 0.3 s to load the bundle, build the parser and warm up, and V8's own
 * background threads (garbage collection, optimisation) already take part of the second core: at 100–150
 * files two threads were no faster than one, at 200 a little, at 1 000 about 20 % faster.
 */
export const FILES_PER_THREAD = 100;

/** Files handed to a thread at a time: small enough to balance uneven files, large enough that messages stay cheap. */
export const CHUNK_SIZE = 4;

/**
 * Threads for a batch, the main thread included: 1 (no workers) unless every thread gets at least
 * FILES_PER_THREAD files. `jobs` is the user's cap (`--jobs`), by default the cores available.
 */
export function plannedThreads(files: number, jobs: number): number {
  return Math.max(1, Math.min(jobs, Math.floor(files / FILES_PER_THREAD)));
}
