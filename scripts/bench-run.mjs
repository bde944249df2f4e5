// Runs commands as whole processes, the way a user runs them, and measures wall time and peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

/** GNU time reports the child's peak resident memory (worker threads included: they share the process). */
const GNU_TIME = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p));

export const hasPeakMemory = GNU_TIME !== undefined;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One run: wall milliseconds, peak RSS in MB (or null), exit code, and stdout/stderr when asked for. */
export function runOnce(command, args, { cwd, env, keepOutput = false } = {}) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'tartip-bench-'));
  const rssFile = path.join(scratch, 'rss');
  const argv = GNU_TIME ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  const start = process.hrtime.bigint();
  const child = spawnSync(argv[0], argv[1], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 1 << 30, encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  let peakMB = null;
  if (GNU_TIME && existsSync(rssFile)) {
    const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1));
    if (Number.isFinite(kb)) peakMB = kb / 1024;
  }
  rmSync(scratch, { recursive: true, force: true });
  if (child.error) throw child.error;
  return { wallMs, peakMB, code: child.status, stdout: keepOutput ? child.stdout : '', stderr: keepOutput ? child.stderr : child.stderr.slice(0, 2000) };
}

/** Median of `runs` runs after `warmup` unmeasured ones (which fill the file cache), with the load around them. */
export function measure(command, args, { runs = 3, warmup = 1, cwd, env, before } = {}) {
  const loadBefore = loadavg()[0];
  for (let i = 0; i < warmup; i++) {
    before?.();
    runOnce(command, args, { cwd, env });
  }
  const samples = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    samples.push(runOnce(command, args, { cwd, env }));
  }
  const walls = samples.map((s) => s.wallMs);
  const peaks = samples.map((s) => s.peakMB).filter((m) => m !== null);
  return {
    wallMs: median(walls),
    minMs: Math.min(...walls),
    maxMs: Math.max(...walls),
    peakMB: peaks.length ? Math.max(...peaks) : null,
    codes: [...new Set(samples.map((s) => s.code))],
    stderr: samples.at(-1).stderr,
    runs,
    load: [loadBefore, loadavg()[0]],
  };
}

/**
 * Several commands measured in turns (A B C A B C …), so a change of load on a shared machine falls
 * on all of them alike; the comparison is of medians taken in the same minutes.
 */
export function measureInterleaved(entries, { runs = 11, warmup = 2 } = {}) {
  const loadBefore = loadavg()[0];
  const samples = entries.map(() => []);
  for (let i = 0; i < warmup + runs; i++) {
    entries.forEach((e, k) => {
      const s = runOnce(e.command, e.args, { cwd: e.cwd, env: e.env });
      if (i >= warmup) samples[k].push(s);
    });
  }
  const load = [loadBefore, loadavg()[0]];
  return entries.map((e, k) => {
    const walls = samples[k].map((s) => s.wallMs);
    const peaks = samples[k].map((s) => s.peakMB).filter((m) => m !== null);
    return { name: e.name, wallMs: median(walls), minMs: Math.min(...walls), maxMs: Math.max(...walls), peakMB: peaks.length ? median(peaks) : null, codes: [...new Set(samples[k].map((s) => s.code))], runs, load };
  });
}

/** Waits (up to `maxWaitS`) for the 1-minute load average to fall under `below`; returns the load it settled at. */
export async function waitForQuiet(below, maxWaitS) {
  const until = Date.now() + maxWaitS * 1000;
  while (loadavg()[0] >= below && Date.now() < until) await new Promise((r) => setTimeout(r, 5000));
  return loadavg()[0];
}
