// Finds the .tartip sources named on the command line, in a deterministic order, with their output names.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface SourceFile {
  /** The path to read, as the user wrote it (or joined under a directory they named). */
  path: string;
  /** Output name without extension, relative to the output directory («sub/reg-1»). Never absolute, never «..». */
  outputName: string;
  /** The bytes, when they come from standard input rather than from `path` (then only a label). */
  content?: Uint8Array;
}

export class UsageError extends Error {
  constructor(readonly code: string, readonly args: Record<string, string>) {
    super(code);
  }
}

function walk(dir: string, relative: string, out: SourceFile[]): void {
  // NFC before sorting: the same folder read on macOS (NFD names) lists in the same order as on Linux.
  const key = (name: string) => name.normalize('NFC');
  const entries = readdirSync(path.join(dir, relative), { withFileTypes: true }).sort((a, b) => (key(a.name) < key(b.name) ? -1 : key(a.name) > key(b.name) ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) walk(dir, rel, out);
    else if (entry.isFile() && entry.name.endsWith('.tartip')) {
      out.push({ path: path.join(dir, rel), outputName: safeName(rel.slice(0, -'.tartip'.length)) });
    }
  }
}

/** Windows device names: «CON.json» there is the console, not a file, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Bytes per name segment: room under the usual 255-byte limit for «.json», «.svg» and the temporary prefix. */
const MAX_SEGMENT_BYTES = 150;

/** Cuts an over-long segment at a character boundary and appends a hash of the whole, so names stay distinct. */
function shorten(segment: string): string {
  if (Buffer.byteLength(segment) <= MAX_SEGMENT_BYTES) return segment;
  const hash = createHash('sha256').update(segment).digest('hex').slice(0, 8);
  let cut = '';
  let bytes = 0;
  for (const ch of segment) {
    bytes += Buffer.byteLength(ch);
    if (bytes > MAX_SEGMENT_BYTES - hash.length - 1) break;
    cut += ch;
  }
  return `${cut}-${hash}`;
}

/**
 * Turns a relative source name into a safe output name: only the name's own segments, no «..», no
 * drive letters, separators or control characters that could climb out of the output directory or
 * fail to be created; NFC, so a name read from a macOS disk (NFD) gives the same output as on Linux.
 */
export function safeName(relative: string): string {
  const parts = relative
    .normalize('NFC')
    .split(/[\\/]+/)
    .map((part) => part.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_'))
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .map((part) => part.replace(/[. ]+$/, (tail) => '_'.repeat(tail.length)))
    .map((part) => (RESERVED.test(part) ? `_${part}` : part))
    .map(shorten);
  return parts.length > 0 ? parts.join('/') : '_';
}

/** Expands files and directories into sources; a directory contributes every .tartip file below it. */
export function findSources(inputs: string[]): SourceFile[] {
  const out: SourceFile[] = [];
  for (const input of inputs) {
    let stats;
    try {
      stats = statSync(input);
    } catch (error) {
      throw new UsageError('TRT9001', { path: input, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
    if (stats.isDirectory()) {
      const before = out.length;
      walk(input, '', out);
      if (out.length === before) throw new UsageError('TRT9003', { path: input });
    } else {
      const base = path.basename(input);
      // A compiled definition («reg.json», which `tartip diagram` reads) is named like its source.
      const stem = base.replace(/\.(tartip|json)$/, '');
      out.push({ path: input, outputName: safeName(stem === '' ? base : stem) });
    }
  }
  // A file named twice (or named and inside a named folder) is one source: compiled, reported and fixed once.
  const files = new Set<string>();
  const unique = out.filter((source) => {
    const key = path.resolve(source.path);
    if (files.has(key)) return false;
    files.add(key);
    return true;
  });
  // Case-folded: on Windows and macOS disks «Reg.json» and «reg.json» are one file.
  const seen = new Map<string, string>();
  for (const source of unique) {
    const key = source.outputName.toLowerCase();
    const other = seen.get(key);
    if (other !== undefined && other !== source.path) throw new UsageError('TRT9005', { first: other, second: source.path, name: source.outputName });
    seen.set(key, source.path);
  }
  return unique;
}
