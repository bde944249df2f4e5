// Concurrency and determinism: four builds at once, into one output or four, give the very bytes one build alone gives, whatever the threads.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tartip, workspace } from './run.js';

const ACTS = readdirSync(path.join(ROOT, 'regulations')).filter((f) => f.endsWith('.tartip'));

/** Every file under a folder with its bytes, in a fixed order. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(files.map((e) => path.join(e.parentPath, e.name)).sort().map((f) => [path.relative(dir, f), readFileSync(f).toString('base64')]));
}

const start = (args: string[], cwd: string) =>
  new Promise<number | null>((resolve) => spawn(process.execPath, [BIN, ...args], { cwd, stdio: 'ignore' }).on('exit', (code) => resolve(code)));

describe('concurrent and repeated builds', () => {
  const dir = workspace(false);
  for (const act of ACTS) cpSync(path.join(ROOT, 'regulations', act), path.join(dir, 'src', act));

  it('the same run twice, and on one thread or several, writes the same bytes', () => {
    expect(tartip(['build', 'src', '-f', 'mmd', '-o', 'once', '-j', '1'], dir).code).toBe(0);
    expect(tartip(['build', 'src', '-f', 'mmd', '-o', 'again', '-j', '2'], dir).code).toBe(0);
    expect(snapshot(path.join(dir, 'again'))).toEqual(snapshot(path.join(dir, 'once')));
  });

  it('four builds at once, into four outputs and into one, are byte-identical to one alone', async () => {
    expect(tartip(['build', 'src', '-f', 'mmd', '-o', 'alone'], dir).code).toBe(0);
    const alone = snapshot(path.join(dir, 'alone'));
    const apart = await Promise.all([1, 2, 3, 4].map((n) => start(['build', 'src', '-f', 'mmd', '-o', `apart-${n}`], dir)));
    const shared = await Promise.all([1, 2, 3, 4].map(() => start(['build', 'src', '-f', 'mmd', '-o', 'shared'], dir)));
    expect([...apart, ...shared]).toEqual(Array(8).fill(0));
    for (const n of [1, 2, 3, 4]) expect(snapshot(path.join(dir, `apart-${n}`))).toEqual(alone);
    // Atomic renames: whichever build wrote last, no file is a mix, and no temporary file is left.
    expect(snapshot(path.join(dir, 'shared'))).toEqual(alone);
  });
});
