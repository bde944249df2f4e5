// Safe output: every file is written to a temporary name beside its target, flushed, and renamed into place.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** The absolute target for an output name, refusing any name that would leave the output directory. */
export function outputPath(outDir: string, name: string): string {
  const root = path.resolve(outDir);
  const target = path.resolve(root, name);
  const relative = path.relative(root, target);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(`internal: output name «${name}» escapes the output directory`);
  }
  return target;
}

let counter = 0;

/**
 * Writes atomically: an interrupted or failed run (disk full, file-size limit, Ctrl-C, a crash) leaves
 * either the old file or the new one, never a truncated mix, and a failure never deletes a previous good
 * output. The temporary name is short, so a target name near the file-system limit still has room, and
 * the data is flushed before the rename, so a power cut cannot leave the new name on empty data.
 */
export function writeAtomic(target: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const temporary = path.join(path.dirname(target), `.tartip-${process.pid}-${counter++}.tmp`);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      let written = 0;
      while (written < data.length) written += writeSync(fd, data, written, data.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes one output of a batch atomically; a failure is reported (TRT9002, through `report`) and returns
 * false, so the batch goes on with the next output.
 */
export function writeReported(target: string, content: string | Uint8Array, report: (path: string, reason: string) => void): boolean {
  try {
    writeAtomic(target, content);
    return true;
  } catch (error) {
    report(target, (error as NodeJS.ErrnoException).code ?? String(error));
    return false;
  }
}
