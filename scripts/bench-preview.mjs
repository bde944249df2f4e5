// How fast `tartip preview` redraws after a save: from the file written to the new charts in the page.
//
//   node scripts/bench-preview.mjs [--saves N]
//
// Runs the built CLI on a copy of the seed act (the act with the most charts), opens the page in Chromium
// (/usr/bin/chromium or PUPPETEER_EXECUTABLE_PATH), saves the file N times with a changed action, and prints
// the median and range of the save-to-redraw time and of Mermaid's own share of it (measured in the page).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer';

const ROOT = path.resolve(import.meta.dirname, '..');
const SEED = path.join(ROOT, 'regulations/2015-225-adoption-candidates-registration.tartip');
const argv = process.argv.slice(2);
const saves = argv.includes('--saves') ? Number(argv[argv.indexOf('--saves') + 1]) : 9;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(path.join(tmpdir(), 'tartip-bench-preview-'));
const file = path.join(dir, 'act.tartip');
copyFileSync(SEED, file);
const original = readFileSync(file, 'utf8');
const child = spawn(process.execPath, [path.join(ROOT, 'dist/tartip.js'), 'preview', file], { stdio: ['ignore', 'pipe', 'ignore'] });
const url = await new Promise((resolve) => {
  let out = '';
  child.stdout.on('data', (c) => (out += c) && out.includes('\n') && resolve(out.split('\n')[0]));
});
const browser = await puppeteer.launch({ executablePath: process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.drawn === '1', { timeout: 60_000 });
  const charts = await page.$$eval('#charts svg', (s) => s.length);
  const total = [];
  const mermaid = [];
  for (let i = 0; i < saves; i++) {
    const version = i + 2;
    const started = performance.now();
    writeFileSync(file, original.replace('көрсетілетін қызметті алушының құжаттарын қабылдау', `көрсетілетін қызметті алушының құжаттарын қабылдау ${i}`));
    await page.waitForFunction((v) => Number(document.body.dataset.drawn) >= v, { polling: 'mutation', timeout: 60_000 }, version);
    total.push(performance.now() - started);
    mermaid.push(Number(await page.$eval('body', (b) => b.dataset.drawMs)));
  }
  const fmt = (xs) => `median ${Math.round(median(xs))} ms (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))} ms)`;
  console.log(`${charts} charts, ${saves} saves`);
  console.log(`save → redrawn: ${fmt(total)}`);
  console.log(`of which Mermaid in the page: ${fmt(mermaid)}`);
} finally {
  await browser.close();
  child.kill('SIGINT');
}
