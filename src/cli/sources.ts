// Finds the .tartip sources named on the command line, in a deterministic order, with their output names.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface SourceFile {
  /** The path to read, as the user wrote it (or joined under a directory they named). */
  path: string;
  /** Output name without extension, relative to the output directory («sub/reg-1»). Never absolute, never «..». */
  outputName: string;
}

export class UsageError extends Error {
  constructor(readonly code: string, readonly args: Record<string, string>) {
    super(code);
  }
}

function walk(dir: string, relative: string, out: SourceFile[]): void {
  const entries = readdirSync(path.join(dir, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) walk(dir, rel, out);
    else if (entry.isFile() && entry.name.endsWith('.tartip')) {
      out.push({ path: path.join(dir, rel), outputName: safeName(rel.slice(0, -'.tartip'.length)) });
    }
  }
}

/**
 * Turns a relative source name into a safe output name: only the name's own segments, no «..», no
 * drive letters or separators that could climb out of the output directory.
 */
export function safeName(relative: string): string {
  const parts = relative
    .split(/[\\/]+/)
    .map((part) => part.replace(/[\u0000-\u001f<>:"|?*]/g, '_'))
    .filter((part) => part !== '' && part !== '.' && part !== '..');
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
      out.push({ path: input, outputName: safeName(base.endsWith('.tartip') ? base.slice(0, -'.tartip'.length) : base) });
    }
  }
  const seen = new Map<string, string>();
  for (const source of out) {
    const other = seen.get(source.outputName);
    if (other !== undefined && other !== source.path) throw new UsageError('TRT9005', { first: other, second: source.path, name: source.outputName });
    seen.set(source.outputName, source.path);
  }
  return out;
}
