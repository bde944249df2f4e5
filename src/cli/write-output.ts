// Safe output: every file is written to a temporary name beside its target, flushed, and renamed into place.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
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

/** A write refused because a folder on its way (a symbolic link) resolves outside the output directory: TRT9012. */
export class OutsideOutputError extends Error {
  constructor(readonly target: string, readonly root: string, readonly via: string, readonly resolved: string) {
    super(`«${via}» → «${resolved}» is outside «${root}»`);
  }
}

/**
 * Creates a folder and its missing parents one at a time: `mkdirSync(…, { recursive: true })` reports a
 * read-only file system as ENOENT, and the user must read EROFS.
 */
export function makeDirectories(dir: string): void {
  const missing: string[] = [];
  for (let at = path.resolve(dir); !existsSync(at); at = path.dirname(at)) missing.unshift(at);
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

const inside = (root: string, candidate: string): boolean => {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/**
 * The place to write an output name at, inside the REAL output directory: the directory is resolved with
 * realpath, and each folder below it is created (or found) and resolved in turn, so a symbolic link in the
 * output tree («out/act -> /elsewhere») is refused rather than followed out of it. The returned path is
 * the resolved one, so the write goes where the check looked.
 */
export function confinedPath(outDir: string, name: string): string {
  const target = outputPath(outDir, name);
  makeDirectories(outDir);
  const root = realpathSync(outDir);
  const segments = path.relative(path.resolve(outDir), path.dirname(target)).split(path.sep).filter((s) => s !== '');
  let current = root;
  for (const segment of segments) {
    const next = path.join(current, segment);
    try {
      mkdirSync(next);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const resolved = realpathSync(next);
    if (!inside(root, resolved)) throw new OutsideOutputError(target, root, next, resolved);
    current = resolved;
  }
  return path.join(current, path.basename(target));
}

const REASONS: Record<string, string> = {
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EISDIR: 'a folder stands where the file goes',
  ENOTDIR: 'a file stands where a folder goes',
  ENAMETOOLONG: 'name too long',
};

/** «EROFS (read-only file system)»: the code for a search, the words for a reader. */
export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  return REASONS[code] ? `${code} (${REASONS[code]})` : code;
}

/** The diagnostic code and arguments for a write that failed: refused (TRT9012) or failed by the system (TRT9002). */
export function writeFailure(error: unknown, target: string): { code: string; args: Record<string, string> } {
  if (error instanceof OutsideOutputError) return { code: 'TRT9012', args: { path: target, dir: error.root, reason: `«${error.via}» → «${error.resolved}»` } };
  return { code: 'TRT9002', args: { path: target, reason: ioReason(error) } };
}

/**
 * Writes one output of a batch, atomically and inside the real output directory. A failure is returned
 * (TRT9012 for a path that leaves the directory, TRT9002 with the system's reason) so the batch goes on.
 */
export function writeInside(outDir: string, name: string, content: string | Uint8Array): { code: string; args: Record<string, string> } | null {
  try {
    writeAtomic(confinedPath(outDir, name), content);
    return null;
  } catch (error) {
    return writeFailure(error, outputPath(outDir, name));
  }
}
