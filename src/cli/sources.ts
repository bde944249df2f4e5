// Finds the .tartip sources named on the command line, in a deterministic order, with their output names.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { cliMessage } from './report.js';

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

/** What `findSources` tells of besides the sources: a symbolic link it did not follow (TRT9013). */
export type SourceNotice = (code: string, args: Record<string, string>) => void;

function walk(dir: string, relative: string, out: SourceFile[], notice: SourceNotice): void {
  // NFC before sorting: the same folder read on macOS (NFD names) lists in the same order as on Linux.
  const key = (name: string) => name.normalize('NFC');
  const entries = readdirSync(path.join(dir, relative), { withFileTypes: true }).sort((a, b) => (key(a.name) < key(b.name) ? -1 : key(a.name) > key(b.name) ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) walk(dir, rel, out, notice);
    // Not followed (a link may lead out of the folder, or round in a loop), but never passed over in silence.
    else if (entry.isSymbolicLink() && (entry.name.endsWith('.tartip') || isFolder(path.join(dir, rel)))) notice('TRT9013', { path: path.join(dir, rel) });
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
 * drive letters, separators, control or text-direction characters that could climb out of the output directory or
 * fail to be created; NFC, so a name read from a macOS disk (NFD) gives the same output as on Linux.
 */
export function safeName(relative: string): string {
  const parts = relative
    .normalize('NFC')
    .split(/[\\/]+/)
    .map((part) => part.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c<>:"|?*]/g, '_'))
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .map((part) => part.replace(/[. ]+$/, (tail) => '_'.repeat(tail.length)))
    .map((part) => (RESERVED.test(part) ? `_${part}` : part))
    .map(shorten);
  return parts.length > 0 ? parts.join('/') : '_';
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

export interface FindOptions {
  /** Where a link not followed is told of; by default standard error, in both languages. */
  notice?: SourceNotice;
  /** Each source also gets a folder «<out>/<name>/» (its diagrams), which no other source's file may take. */
  diagramFolders?: boolean;
}

const toStderr: SourceNotice = (code, args) => process.stderr.write(cliMessage(code, args, 'both'));

/** Expands files and directories into sources; a directory contributes every .tartip file below it. */
export function findSources(inputs: string[], options: FindOptions = {}): SourceFile[] {
  const notice = options.notice ?? toStderr;
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
      walk(input, '', out, notice);
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
  checkFileFolderClashes(unique, seen, options.diagramFolders ?? false);
  return unique;
}

/**
 * «<out>/x.json» (of «x.tartip») and a folder «<out>/x.json/» (of «x.json/a.tartip», or the diagrams of
 * «x.json.tartip») cannot both be: refused before anything is written, like the case-fold collision.
 */
function checkFileFolderClashes(sources: SourceFile[], byName: Map<string, string>, diagramFolders: boolean): void {
  for (const source of sources) {
    const segments = source.outputName.split('/');
    const folders = segments.slice(0, diagramFolders ? segments.length : -1).map((_, i) => segments.slice(0, i + 1).join('/'));
    for (const folder of folders) {
      const key = folder.toLowerCase();
      if (!key.endsWith('.json')) continue;
      const other = byName.get(key.slice(0, -'.json'.length));
      if (other !== undefined && other !== source.path) throw new UsageError('TRT9014', { first: other, second: source.path, name: `${folder}` });
    }
  }
}
