// `tartip check --cache`: remembers each file's diagnostics by its content, so a re-check compiles only what changed.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATALOGUE } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { validate as validEntry } from '../generated/validate-cache-entry.js';
import { LineMap } from '../text/line-map.js';
import { decodeSource, readFileBytes } from './read-source.js';
import type { FileOutcome } from './run-files.js';
import type { SourceFile } from './sources.js';
import { version } from './version.js';
import { writeAtomic } from './write-output.js';

export const DEFAULT_CACHE_LOCATION = '.tartip-cache.json';

/** A finding as kept: everything but its severity, which is the catalogue's (info when acknowledged) at every run. */
export type CachedFinding = Omit<Diagnostic, 'severity'>;

/** Described by schema/tartip-cache.schema.json; an entry that fails it, or its digest, is checked again. */
export interface CacheEntry {
  sha256: string;
  /** As the compiler reported them, before any severity: the catalogue, `--rule` and tartip.config.json apply at every run. */
  findings: CachedFinding[];
  /** HMAC-SHA256 of the path, the hash and the findings, keyed with the compiler id: an edited or emptied entry does not verify. */
  digest: string;
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
        if (parsed.compiler !== compiler || typeof parsed.entries !== 'object' || parsed.entries === null || Array.isArray(parsed.entries)) return {};
        // A prototype-less copy: a key such as «__proto__» is a file name like any other.
        return Object.assign(Object.create(null) as Record<string, CacheEntry>, parsed.entries);
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

/** What a digest covers; JSON.stringify of the findings as kept, so a change anywhere in them shows. */
export function entryDigest(compiler: string, path: string, hash: string, findings: CachedFinding[]): string {
  return createHmac('sha256', compiler).update(`${path}\u0000${hash}\u0000${JSON.stringify(findings)}`).digest('hex');
}

const keep = ({ severity: _, ...finding }: Diagnostic): CachedFinding => finding;

/**
 * The findings of an entry that describes these bytes and is believed: it fits the schema, names only codes
 * of this catalogue and carries its digest. Severities are derived here, so no entry can downgrade an error.
 */
function trusted(entry: unknown, compiler: string, path: string, hash: string): Diagnostic[] | undefined {
  if (!validEntry(entry)) return undefined;
  const { sha256: kept, findings, digest } = entry as CacheEntry;
  if (kept !== hash || !findings.every((f) => CATALOGUE.has(f.code))) return undefined;
  const expected = Buffer.from(entryDigest(compiler, path, hash, findings), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(digest, 'hex'))) return undefined;
  return findings.map((f) => ({ ...f, severity: f.acknowledged ? 'info' : CATALOGUE.get(f.code)!.severity }));
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
    const diagnostics = trusted(entries[source.path], compiler, source.path, hash);
    if (diagnostics === undefined) {
      // Changed, never seen, or an entry not to be believed (damaged, edited): compiled from the very bytes
      // that were hashed, so the entry written for it always matches what it describes.
      misses.push({ ...source, content: bytes });
      return;
    }
    if (lineMaps && diagnostics.length > 0) {
      const decoded = decodeSource(bytes, source.path);
      if (decoded.ok) lineMaps.set(source.path, new LineMap(decoded.text));
    }
    hits.set(index, { source, result: undefined, diagnostics });
  });
  const save = (compiled: FileOutcome[]): NodeJS.ErrnoException | undefined => {
    for (const outcome of compiled) {
      const hash = hashes.get(outcome.source.path);
      // A file that could not be read, or crashed the compiler, is tried again next time.
      // So is a finding whose severity the catalogue alone could not give back.
      const retry = outcome.diagnostics.some((d) => d.code.startsWith('TRT9') || d.severity !== (d.acknowledged ? 'info' : CATALOGUE.get(d.code)?.severity));
      if (hash === undefined || retry) delete entries[outcome.source.path];
      else {
        const findings = outcome.diagnostics.map(keep);
        entries[outcome.source.path] = { sha256: hash, findings, digest: entryDigest(compiler, outcome.source.path, hash, findings) };
      }
    }
    const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return store.save({ compiler, entries: sorted });
  };
  return { hits, misses, save };
}
