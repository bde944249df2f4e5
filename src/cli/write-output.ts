// Safe output: every file is written to a temporary name beside its target and renamed into place.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
 * Writes atomically: an interrupted or failed run leaves either the old file or the new one, never a
 * truncated mix, and a failure never deletes a previous good output.
 */
export function writeAtomic(target: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const temporary = path.join(path.dirname(target), `.tartip-tmp-${process.pid}-${counter++}-${path.basename(target)}`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
