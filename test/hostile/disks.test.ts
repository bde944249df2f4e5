// Full and read-only disks: a real tmpfs where the machine lets this user mount one (skipped with the reason otherwise).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tartip, workspace } from './run.js';

const mounted: string[] = [];

/** A fresh tmpfs of `size`, or why none could be mounted (not root, no mount in this container). */
function tmpfs(size: string): { dir: string } | { reason: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tartip-tmpfs-'));
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (result.status !== 0) {
    rmdirSync(dir);
    return { reason: (result.stderr || result.error?.message || 'mount failed').trim() };
  }
  mounted.push(dir);
  return { dir };
}

const probe = tmpfs('1m');
const unavailable = 'reason' in probe ? `mounting a tmpfs is not allowed here: ${probe.reason}` : undefined;

afterAll(() => {
  for (const dir of mounted) spawnSync('umount', [dir]);
});

/** Every file under a folder, temporary ones included. */
const files = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String);

describe.skipIf(unavailable !== undefined)(`disks${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  it('a full disk fails the output with ENOSPC, leaves no half-written or temporary file, and keeps the old good output', () => {
    const disk = tmpfs('512k') as { dir: string };
    const dir = workspace();
    expect(tartip(['compile', 'src', '-o', disk.dir], dir).code).toBe(0);
    const good = readFileSync(path.join(disk.dir, 'act.json'));
    // Fill what is left, then compile a changed act over the good output.
    spawnSync('sh', ['-c', `head -c 1000000 /dev/zero > '${disk.dir}/filler'`]);
    writeFileSync(path.join(dir, 'src', 'act.tartip'), `${readFileSync(path.join(dir, 'src', 'act.tartip'), 'utf8')}\n`);
    for (const command of [['compile', 'src'], ['build', 'src', '-f', 'mmd']]) {
      const full = tartip([...command, '-o', disk.dir, '--lang', 'en'], dir);
      expect(full.code).toBe(2);
      expect(full.stderr + full.stdout).toContain('ENOSPC (no space left on device)');
      expect(files(disk.dir).filter((f) => f.includes('.tmp'))).toEqual([]);
      expect(readFileSync(path.join(disk.dir, 'act.json'))).toEqual(good);
    }
  });

  it('a read-only output is reported as EROFS (read-only file system), for definitions and diagrams alike', () => {
    const disk = tmpfs('1m') as { dir: string };
    mkdirSync(path.join(disk.dir, 'out'));
    execFileSync('mount', ['-o', 'remount,ro', disk.dir]);
    const dir = workspace();
    for (const command of [['compile', 'src'], ['diagram', 'src/act.tartip', '-f', 'mmd'], ['build', 'src', '-f', 'mmd']]) {
      const run = tartip([...command, '-o', path.join(disk.dir, 'out'), '--lang', 'en'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('EROFS (read-only file system)');
      expect(run.stderr).not.toContain('ENOENT');
    }
  });
});
