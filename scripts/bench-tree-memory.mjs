// Runs a command and samples the resident memory of its whole process tree (Chromium's processes included).
//
// GNU time's peak is one process's (the largest child's); a browser renders in several processes, so the
// figure that matters for a machine is their sum at the same moment. RSS counts pages shared between the
// processes (libraries, Chromium's binary) once per process; PSS shares them out, so the sum of PSS is what
// the tree really holds. Both are reported, sampled every `intervalMs` from /proc (Linux only).
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';

const kB = (text, field) => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return match ? Number(match[1]) : 0;
};

/** Every process's parent, from /proc/<pid>/stat (the field after the parenthesised name). */
function parents() {
  const map = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      map.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  return map;
}

function tree(root) {
  const byParent = new Map();
  for (const [pid, ppid] of parents()) byParent.set(ppid, [...(byParent.get(ppid) ?? []), pid]);
  const out = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    out.push(pid);
    stack.push(...(byParent.get(pid) ?? []));
  }
  return out;
}

/**
 * A process's part, from its command line: Chromium's «--type=…» (its utilities by sub-type), a renderer
 * by its client id (Chromium rewrites a renderer's command line without its type), the browser process, or
 * the program's name.
 */
export function kind(cmdline) {
  const line = cmdline.split('\0').join(' ');
  const sub = /--utility-sub-type=(\S+)/.exec(line)?.[1];
  const type = /--type=(\S+)/.exec(line)?.[1];
  if (sub) return `chromium ${sub.replace(/\.mojom\..*$/, '')}`;
  if (type) return `chromium ${type}`;
  if (/--renderer-client-id=/.test(line)) return 'chromium renderer';
  if (/--shared-files=/.test(line)) return 'chromium utility';
  const program = line.split(' ')[0].split('/').at(-1);
  return program === 'chromium' ? 'chromium browser' : program;
}

function sample(root) {
  let rss = 0;
  let pss = 0;
  let processes = 0;
  const parts = [];
  for (const pid of tree(root)) {
    try {
      const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const part = { kind: kind(readFileSync(`/proc/${pid}/cmdline`, 'utf8')), rssMB: kB(text, 'Rss') / 1024, pssMB: kB(text, 'Pss') / 1024 };
      rss += kB(text, 'Rss');
      pss += kB(text, 'Pss');
      processes++;
      parts.push(part);
    } catch {
      // gone meanwhile
    }
  }
  return { rss, pss, processes, parts };
}

/** Wall ms, exit code, the peaks of the tree's summed RSS and PSS in MB, the most processes seen, and each process at the PSS peak. */
export function runTree(command, args, { cwd, env, intervalMs = 100 } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const load = loadavg()[0];
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    const peak = { rss: 0, pss: 0, processes: 0, parts: [] };
    const timer = setInterval(() => {
      const s = sample(child.pid);
      // The processes at the moment of the highest PSS: where the memory is.
      if (s.pss > peak.pss) peak.parts = s.parts.map((p) => ({ ...p, rssMB: Math.round(p.rssMB), pssMB: Math.round(p.pssMB) }));
      peak.rss = Math.max(peak.rss, s.rss);
      peak.pss = Math.max(peak.pss, s.pss);
      peak.processes = Math.max(peak.processes, s.processes);
    }, intervalMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ wallMs: Number(process.hrtime.bigint() - started) / 1e6, code, stderr, peakRssMB: peak.rss / 1024, peakPssMB: peak.pss / 1024, processes: peak.processes, atPeak: peak.parts, load: [load, loadavg()[0]] });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, ...args] = process.argv.slice(2);
  console.log(JSON.stringify(await runTree(command, args)));
}
