// `tartip check --cache`: remembers each file's diagnostics by its content, so a re-check compiles only what changed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/types.js';
import { LineMap } from '../text/line-map.js';
import { decodeSource, readFileBytes } from './read-source.js';
import type { FileOutcome } from './run-files.js';
import type { SourceFile } from './sources.js';
import { version } from './version.js';
import { writeAtomic } from './write-output.js';

export const DEFAULT_CACHE_LOCATION = '.tartip-cache.json';

export interface CacheEntry {
  sha256: string;
  /** As the compiler reported them, before `--rule` and tartip.config.json severities: those apply at every run. */
  diagnostics: Diagnostic[];
}

export interface CacheFile {
  /** The Tártip build that wrote it; any other build ignores the whole file. */
  compiler: string;
  entries: Record<string, CacheEntry>;
}

/**
 * Identifies this build of Tártip by the bytes of the running bundle, not just the version number: a
 * rebuilt compiler (another check, another message) must never reuse findings of the previous one.
 */
function compilerId(): string {
  const code = readFileSync(fileURLToPath(import.meta.url));
  return `${version}+${createHash('sha256').update(code).digest('hex').slice(0, 16)}`;
}

/** Where the findings live between runs: a file for `--cache`, memory for `--watch`. */
export interface CacheStore {
  load(compiler: string): Record<string, CacheEntry>;
  /** Returns the error when the findings could not be kept. */
  save(file: CacheFile): NodeJS.ErrnoException | undefined;
}

/** A cache file that is missing, unreadable, damaged or written by another build is simply empty. */
export function fileStore(location: string): CacheStore {
  return {
    load(compiler) {
      try {
        const parsed = JSON.parse(readFileSync(location, 'utf8')) as Partial<CacheFile>;
        if (parsed.compiler !== compiler || typeof parsed.entries !== 'object' || parsed.entries === null) return {};
        return parsed.entries;
      } catch {
        return {};
      }
    },
    save(file) {
      try {
        writeAtomic(location, `${JSON.stringify(file)}\n`);
        return undefined;
      } catch (error) {
        return error as NodeJS.ErrnoException;
      }
    },
  };
}

/** For a watching process: the findings of the previous run, kept in memory. */
export function memoryStore(): CacheStore {
  let kept: CacheFile | undefined;
  return {
    load: (compiler) => (kept?.compiler === compiler ? kept.entries : {}),
    save: (file) => void (kept = file),
  };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface CacheSplit {
  /** Outcomes of unchanged files, by their index in the sources; the rest are to be compiled. */
  hits: Map<number, FileOutcome>;
  misses: SourceFile[];
  /** Records the outcomes of the compiled files and writes the cache; returns the error if it could not be written. */
  save(compiled: FileOutcome[]): NodeJS.ErrnoException | undefined;
}

/**
 * Splits the sources into unchanged files (answered from the cache; their text is decoded into `lineMaps`
 * only when given, for a report with code frames, as decoding is most of a cached run) and the rest. A file that cannot be read is a miss, so its error is reported afresh.
 */
export function splitByCache(sources: SourceFile[], store: CacheStore, lineMaps: Map<string, LineMap> | undefined): CacheSplit {
  const compiler = compilerId();
  const entries = store.load(compiler);
  const hits = new Map<number, FileOutcome>();
  const misses: SourceFile[] = [];
  const hashes = new Map<string, string>();
  sources.forEach((source, index) => {
    // Read as a source is read (bounded: a device or a huge file must not hang the run); what cannot be
    // read is compiled, to report why.
    const bytes = readFileBytes(source.path);
    if (bytes === undefined) {
      misses.push(source);
      return;
    }
    const hash = sha256(bytes);
    hashes.set(source.path, hash);
    const entry = entries[source.path];
    if (entry?.sha256 !== hash) {
      // Compiled from the very bytes that were hashed, so the entry always matches what it describes.
      misses.push({ ...source, content: bytes });
      return;
    }
    if (lineMaps && entry.diagnostics.length > 0) {
      const decoded = decodeSource(bytes, source.path);
      if (decoded.ok) lineMaps.set(source.path, new LineMap(decoded.text));
    }
    hits.set(index, { source, result: undefined, diagnostics: entry.diagnostics });
  });
  const save = (compiled: FileOutcome[]): NodeJS.ErrnoException | undefined => {
    for (const outcome of compiled) {
      const hash = hashes.get(outcome.source.path);
      // A file that could not be read, or crashed the compiler, is tried again next time.
      const retry = outcome.diagnostics.some((d) => d.code.startsWith('TRT9'));
      if (hash === undefined || retry) delete entries[outcome.source.path];
      else entries[outcome.source.path] = { sha256: hash, diagnostics: outcome.diagnostics };
    }
    const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return store.save({ compiler, entries: sorted });
  };
  return { hits, misses, save };
}
