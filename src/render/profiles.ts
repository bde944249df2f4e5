// Removes browser profile folders left by a Tártip that was killed (kill -9, OOM) before it could remove them.
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Whether a process with this id exists (it may belong to another user: EPERM still means alive). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes «<prefix><pid>-XXXXXX» folders in `dir` whose owner process is dead, and returns their names.
 * A folder of a live process (another `tartip` rendering now) is left alone, and so is anything not named
 * so, including folders of older versions that did not record their owner. Only folders owned by this
 * user are touched: a shared /tmp may hold other users' profiles, which are theirs to remove.
 */
export function sweepStaleProfiles(dir: string, prefix: string, alive: (pid: number) => boolean = processAlive): string[] {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)-[A-Za-z0-9]+$`);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || alive(pid)) continue;
    const folder = path.join(dir, name);
    try {
      const stat = lstatSync(folder);
      if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid)) continue;
      rmSync(folder, { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Removed meanwhile by its owner or another run: nothing left to do.
    }
  }
  return removed;
}
