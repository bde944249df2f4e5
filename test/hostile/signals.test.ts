// Signals: SIGINT and SIGTERM during a large check or compile end the run promptly, by the signal's convention, and leave no half-written or temporary output.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, workspace } from './run.js';

/** A folder of every regulation, many times over: long enough to be interrupted in the middle. */
function corpus(copies: number): string {
  const dir = workspace(false);
  const acts = readdirSync(path.join(ROOT, 'regulations')).filter((f) => f.endsWith('.tartip'));
  for (let c = 0; c < copies; c++) for (const act of acts) cpSync(path.join(ROOT, 'regulations', act), path.join(dir, 'src', `copy-${c}`, act));
  return dir;
}

/** Starts `tartip …`, sends `signal` once it has run `after` ms, and resolves with how it ended and how long that took (NaN: it ended first). */
function interrupt(args: string[], cwd: string, signal: NodeJS.Signals, after: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: 'ignore' });
    let sent = 0;
    const timer = setTimeout(() => ((sent = Date.now()), child.kill(signal)), after);
    child.on('exit', (code, got) => {
      clearTimeout(timer);
      resolve({ code, signal: got, ms: sent === 0 ? Number.NaN : Date.now() - sent });
    });
  });
}

/** 130 for SIGINT and 143 for SIGTERM (128 + the signal), or killed by it: either way not a success. */
const BY_SIGNAL: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

describe.each(['SIGINT', 'SIGTERM'] as const)('%s', (signal) => {
  it('during a large compile ends it within seconds; every output left is whole, none temporary', async () => {
    const dir = corpus(30);
    const run = await interrupt(['compile', 'src', '-o', 'out', '-j', '2'], dir, signal, 600);
    expect(run.ms).toBeLessThan(10_000);
    expect(run.signal === signal || run.code === BY_SIGNAL[signal]).toBe(true);
    const out = path.join(dir, 'out');
    const files = existsSync(out) ? readdirSync(out, { recursive: true }).map(String) : [];
    expect(files.filter((f) => f.includes('.tartip-') || f.endsWith('.tmp'))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith('.json'))) expect(() => JSON.parse(readFileSync(path.join(out, file), 'utf8'))).not.toThrow();
  });

  it('during a large check --cache ends it within seconds and leaves the cache whole or absent', async () => {
    const dir = corpus(30);
    const run = await interrupt(['check', 'src', '--cache', '-j', '2'], dir, signal, 600);
    expect(run.ms).toBeLessThan(10_000);
    expect(run.signal === signal || run.code === BY_SIGNAL[signal]).toBe(true);
    const cache = path.join(dir, '.tartip-cache.json');
    if (existsSync(cache)) expect(() => JSON.parse(readFileSync(cache, 'utf8'))).not.toThrow();
    expect(readdirSync(dir).filter((f) => f.startsWith('.tartip-') && f.endsWith('.tmp'))).toEqual([]);
  });
});
