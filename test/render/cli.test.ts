// `tartip build` and `tartip diagram` as a user runs them (build also writes each act's document: test/document): outputs, no browser, Ctrl-C, fast start.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { regulationDiagrams, regulationFiles, requireBrowser, SEED } from './browser.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'dist/tartip.js');

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'tartip-render-cli-'));

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('tartip build', () => {
  it('writes, for every regulation, its JSON and each appendix chart as .mmd, .svg, .png and .pdf', () => {
    requireBrowser();
    const out = tempDir();
    const result = run(['build', 'regulations', '-o', out, '-q']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const files = new Set(allFiles(out));
    for (const file of regulationFiles()) {
      const name = file.replace(/\.tartip$/, '');
      expect(files.has(`${name}.json`), name).toBe(true);
      for (const d of regulationDiagrams(file).diagrams) {
        const formats = d.kind === 'chart' ? ['mmd', 'svg', 'png', 'pdf'] : ['mmd', 'svg'];
        for (const f of formats) expect(files.has(`${name}/${d.name}.${f}`), `${name}/${d.name}.${f}`).toBe(true);
      }
    }
    expect([...files].filter((f) => path.basename(f).startsWith('.tartip-'))).toEqual([]);
  }, 900_000);
});

describe('tartip diagram', () => {
  const seed = path.join('regulations', SEED);

  it('writes only Mermaid text when asked, without needing a browser', () => {
    const out = tempDir();
    const result = run(['diagram', seed, '-o', out, '--format', 'mmd'], { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' });
    expect(result.code).toBe(0);
    const files = allFiles(out);
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.endsWith('.mmd'))).toBe(true);
    expect(readFileSync(path.join(out, SEED.replace(/\.tartip$/, ''), 'appendix-2-handbook-provider.mmd'), 'utf8')).toContain('swimlane-beta TB');
  });

  it('without a usable browser says so clearly, still writes the .mmd, and exits 2', () => {
    const out = tempDir();
    const result = run(['diagram', seed, '-o', out, '--lang', 'en'], { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('TRT3102');
    expect(result.stderr).toContain('/nonexistent/chrome');
    expect(result.stderr).toContain('the JSON and .mmd files were written');
    const files = allFiles(out);
    expect(files.some((f) => f.endsWith('.mmd'))).toBe(true);
    expect(files.some((f) => /\.(svg|png|pdf)$/.test(f))).toBe(false);
  });

  it('rejects an unknown format as a usage error', () => {
    const result = run(['diagram', seed, '-o', tempDir(), '--format', 'svg,gif']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('gif');
  });
});

describe('Ctrl-C while rendering', () => {
  it('stops, closes the browser, removes its profile, leaves no half-written file, and exits 130', async () => {
    requireBrowser();
    const out = tempDir();
    const profiles = () => readdirSync(tmpdir()).filter((f) => f.startsWith('tartip-chromium-')).length;
    const before = profiles();
    const child = spawn(process.execPath, [bin, 'build', 'regulations', '-o', out, '--lang', 'en'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupt as soon as the first rendered file lands.
    for (let waited = 0; waited < 60_000 && !allFiles(out).some((f) => f.endsWith('.svg')); waited += 50) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    const code = await exited;
    expect(code).toBe(130);
    expect(stderr).toContain('TRT3105');
    const files = allFiles(out);
    expect(files.filter((f) => path.basename(f).startsWith('.tartip-'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.pdf')).length).toBeLessThan(regulationFiles().length);
    expect(profiles()).toBe(before);
  }, 120_000);
});

describe('the README', () => {
  it('shows the seed act’s appendices as rendered PNGs that are in docs/', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/\]\((docs\/[^)]+\.png)\)/g)].map((m) => m[1]!);
    expect(images.length).toBeGreaterThanOrEqual(4);
    const charts = regulationDiagrams(SEED).diagrams.filter((d) => d.kind === 'chart').map((d) => `docs/seed-${d.name}.png`);
    expect([...new Set(images)].sort()).toEqual(charts.sort());
    for (const image of images) expect(readFileSync(path.join(root, image)).subarray(1, 4).toString('latin1'), image).toBe('PNG');
  });
});

describe('the CLI bundle', () => {
  it('loads puppeteer and mermaid-cli only when rendering, so every command starts fast', () => {
    expect(existsSync(bin)).toBe(true);
    // The bundle beside the launcher (dist/cli.cjs) requires them inside the renderer's lazily run module only.
    const bundle = readFileSync(path.join(path.dirname(bin), 'cli.cjs'), 'utf8');
    expect(bundle).not.toMatch(/from\s*["'](puppeteer|@mermaid-js\/mermaid-cli)["']/);
    expect(bundle).toMatch(/require\(\s*["']puppeteer["']\s*\)/);
    // Run as a user runs it: a check loads neither (test/startup/observe.cjs lists the packages a run loaded).
    const observe = path.join(root, 'test/startup/observe.cjs');
    const packages = (args: string[]) => {
      const run = spawnSync(process.execPath, ['-r', observe, bin, ...args], { cwd: root, encoding: 'utf8' });
      return (JSON.parse(run.stderr.trim().split('\n').pop()!) as { packages: string[] }).packages.filter((p) => /puppeteer|mermaid/.test(p));
    };
    expect(packages(['check', `regulations/${SEED}`])).toEqual([]);
    expect(packages(['diagram', `regulations/${SEED}`, '-f', 'svg', '-q', '-o', mkdtempSync(path.join(tmpdir(), 'tartip-lazy-'))])).toContain('puppeteer');
  });
});
