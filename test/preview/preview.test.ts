// `tartip preview` end to end in a real Chromium: the page shows the charts, redraws after a save, and on an
// error shows the diagnostics above the last good chart.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../src/render/launch.js';
import { regulationDiagrams, requireBrowser, svgText } from '../render/browser.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'dist/tartip.js');
const ACT = '2018-1114-08-adoption-candidates-registration.tartip';
// As `tartip fmt` wraps it in the committed act.
const ACTION = '«құжаттарды тіркейді, көрсетілетін қызметті алушыға тиісті құжаттардың қабылданғаны\n          туралы қолхат береді»';

/** Starts `tartip preview` and resolves to its address, the first line it prints. */
function startPreview(file: string, args: string[] = []): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(process.execPath, [bin, 'preview', file, '--lang', 'en', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('\n')) resolve({ child, url: out.split('\n')[0]! });
    });
    child.on('exit', (code) => reject(new Error(`tartip preview exited with ${code}`)));
  });
}

function stopped(child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals = 'SIGINT'): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

/** Waits until the page has drawn (or shown) the state with this version. */
async function reached(page: Page, attribute: 'drawn' | 'version', version: number): Promise<void> {
  await page.waitForFunction((a, v) => Number(document.body.dataset[a] ?? 0) >= v, { timeout: 30_000 }, attribute, version);
}

const chartsText = (page: Page) => page.$$eval('#charts svg', (svgs) => svgs.map((s) => s.outerHTML).join('\n'));

describe('tartip preview', () => {
  let browser: LaunchedBrowser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(requireBrowser());
  }, 60_000);
  afterAll(async () => browser?.close());

  it('shows the charts, redraws after a save, and keeps the last good chart under the errors', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tartip-preview-'));
    const file = path.join(dir, ACT);
    copyFileSync(path.join(root, 'regulations', ACT), file);
    const original = readFileSync(file, 'utf8');
    expect(original).toContain(ACTION);
    const { child, url } = await startPreview(file);
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await browser!.browser.newPage();
      await page.goto(url);
      await reached(page, 'drawn', 1);
      const expected = regulationDiagrams(ACT).diagrams;
      expect(await page.$$eval('#charts section', (s) => s.map((x) => (x as HTMLElement).dataset.name))).toEqual(expected.map((d) => d.name));
      expect(await page.$eval('#title', (e) => e.textContent)).toBe('Бала асырап алуға тілек білдірген адамдарды есепке қою');
      expect(svgText(await chartsText(page))).toContain('құжаттарды тіркейді');
      expect(await page.$$eval('#diagnostics pre', (p) => p.length)).toBe(0);

      // A save: the office's second step says something else.
      writeFileSync(file, original.replace(ACTION, '«өтінішті тіркейді және қолхат береді»'));
      await reached(page, 'drawn', 2);
      const redrawn = svgText(await chartsText(page));
      expect(redrawn).toContain('өтінішті тіркейді және қолхат береді');
      expect(redrawn).not.toContain('құжаттарды тіркейді, көрсетілетін');

      // A save with an error: the diagnostics appear above, the chart of the last good save stays.
      writeFileSync(file, original.replace(ACTION, '«өтінішті тіркейді және қолхат береді»').replace('     2) кеңсе:', '     2) кеңсее:'));
      await reached(page, 'version', 3);
      const diagnostics = await page.$$eval('#diagnostics pre', (p) => p.map((x) => x.textContent ?? ''));
      expect(diagnostics.some((d) => d.includes('error TRT2001') && d.includes('«кеңсее»'))).toBe(true);
      expect(await page.$eval('#status', (e) => e.textContent)).toMatch(/errors: the last good chart is shown/);
      expect(await page.$eval('body', (b) => b.dataset.drawn)).toBe('2');
      expect(svgText(await chartsText(page))).toBe(redrawn);
      const order = await page.$eval('body', (b) => [...b.children].map((c) => c.id).filter((id) => id !== ''));
      expect(order.indexOf('diagnostics')).toBeLessThan(order.indexOf('charts'));

      // Fixed again: drawn anew, the errors gone.
      writeFileSync(file, original);
      await reached(page, 'drawn', 4);
      expect(await page.$$eval('#diagnostics pre', (p) => p.length)).toBe(0);
      expect(svgText(await chartsText(page))).toContain('құжаттарды тіркейді');
      await page.close();
    } finally {
      expect(await stopped(child)).toBe(130);
    }
  });

  it('answers only on 127.0.0.1 and only to loopback names', async () => {
    const { child, url } = await startPreview(path.join(root, 'regulations', ACT));
    try {
      const status = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const u = new URL(url);
          request({ host: u.hostname, port: u.port, path: '/', headers: { host } }, (r) => {
            r.resume();
            resolve(r.statusCode ?? 0);
          }).on('error', reject).end();
        });
      const port = new URL(url).port;
      expect(await status(`127.0.0.1:${port}`)).toBe(200);
      expect(await status(`localhost:${port}`)).toBe(200);
      // A page elsewhere reaching the port through its own DNS name (rebinding) is refused.
      expect(await status(`attacker.example:${port}`)).toBe(403);
    } finally {
      await stopped(child);
    }
  });

  it('stops with 143 on SIGTERM', async () => {
    const { child, url } = await startPreview(path.join('regulations', ACT));
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
    expect(await stopped(child, 'SIGTERM')).toBe(143);
  });

  it('says so when its port is taken (TRT9011, exit 2), and refuses a folder (TRT9006)', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    const child = spawn(process.execPath, [bin, 'preview', path.join('regulations', ACT), '--port', String(port), '--lang', 'en'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    taken.close();
    expect(code).toBe(2);
    expect(stderr).toBe(`tartip: TRT9011: cannot start the preview server on 127.0.0.1:${port}: EADDRINUSE\n`);
    const folder = spawn(process.execPath, [bin, 'preview', 'regulations', '--lang', 'en'], { cwd: root });
    let folderErr = '';
    folder.stderr.on('data', (c: Buffer) => (folderErr += c.toString('utf8')));
    expect(await new Promise<number | null>((resolve) => folder.on('exit', resolve))).toBe(2);
    expect(folderErr).toContain('TRT9006');
  });
});
