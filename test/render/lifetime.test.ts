// The browser never outlives `tartip build`: kill -9 mid-render leaves no process, SIGTERM exits 143, no profile stays.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBrowser, SEED } from './browser.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'dist/tartip.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every process below `pid`, from /proc: the browser, its zygotes, renderers and utility processes. */
function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // «pid (comm) state ppid …»; comm may hold spaces and parentheses, so read after its last «)».
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const found: number[] = [];
  const walk = (p: number) => {
    for (const [child, parent] of parents) if (parent === p) (found.push(child), walk(child));
  };
  walk(pid);
  return found;
}

/** Alive, and not a zombie waiting for init to reap it. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

const profilesOf = (pid: number) => readdirSync(tmpdir()).filter((f) => f.startsWith(`tartip-chromium-${pid}-`));

/** Starts `tartip build regulations` and resolves once its first SVG is written: the browser is busy rendering. */
async function buildUntilRendering(): Promise<{ child: ChildProcess; out: string; stderr: () => string; exited: Promise<number | null> }> {
  const out = mkdtempSync(path.join(tmpdir(), 'tartip-lifetime-'));
  const child = spawn(process.execPath, [bin, 'build', 'regulations', '-o', out, '--lang', 'en'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const svg = () => readdirSync(out, { recursive: true }).some((f) => String(f).endsWith('.svg'));
  for (let waited = 0; waited < 120_000 && !svg(); waited += 50) await sleep(50);
  expect(svg()).toBe(true);
  return { child, out, stderr: () => stderr, exited };
}

describe('the browser’s lifetime', () => {
  it('kill -9 of tartip build mid-render: no descendant survives, and the next run removes the profile folder', async () => {
    requireBrowser();
    const { child, exited } = await buildUntilRendering();
    const pid = child.pid!;
    const below = descendants(pid);
    // The browser and its helpers, at least the browser and one renderer.
    expect(below.length).toBeGreaterThanOrEqual(2);
    expect(profilesOf(pid)).toHaveLength(1);
    child.kill('SIGKILL');
    await exited;
    // Chromium reads the end of its pipe and shuts down with every child; give it a few seconds.
    for (let waited = 0; waited < 20_000 && below.some(running); waited += 100) await sleep(100);
    expect(below.filter(running)).toEqual([]);
    // Nothing could remove the profile of a killed process; the next run that renders does.
    const next = spawnSync(process.execPath, [bin, 'diagram', `regulations/${SEED}`, '-f', 'svg', '-q', '-o', mkdtempSync(path.join(tmpdir(), 'tartip-lifetime-next-'))], { cwd: root, encoding: 'utf8' });
    expect(next.status).toBe(0);
    expect(profilesOf(pid)).toEqual([]);
  }, 180_000);

  it('SIGTERM mid-render: stops, closes the browser, leaves no profile folder and no process, and exits 143', async () => {
    requireBrowser();
    const { child, out, stderr, exited } = await buildUntilRendering();
    const pid = child.pid!;
    const below = descendants(pid);
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(stderr()).toContain('TRT3105');
    expect(profilesOf(pid)).toEqual([]);
    expect(below.filter(running)).toEqual([]);
    expect(readdirSync(out, { recursive: true }).filter((f) => path.basename(String(f)).startsWith('.tartip-'))).toEqual([]);
    expect(existsSync(out)).toBe(true);
  }, 180_000);
});
