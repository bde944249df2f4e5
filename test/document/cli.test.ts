// `tartip document` and `build` as a user runs them, on the built binary and in real Chromium: DOCX, HTML, an A4 PDF with its title.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { requireBrowser } from '../render/browser.js';
import { compileAct, docxParts } from './helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'dist/tartip.js');
const SEED = '2015-225-adoption-candidates-registration';

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'tartip-document-cli-'));

/** A4 in PDF points, either way up. */
function isA4(width: number, height: number): boolean {
  const [short, long] = [Math.min(width, height), Math.max(width, height)];
  return Math.abs(short - 595.3) < 2 && Math.abs(long - 841.9) < 2;
}

describe('tartip document', () => {
  it('writes the seed act as DOCX with its charts, a web page with anchors and inline SVG, and an A4 PDF titled as the act', async () => {
    requireBrowser();
    const out = tempDir();
    const result = run(['document', `regulations/${SEED}.tartip`, '-o', out]);
    expect(result.stderr).not.toMatch(/TRT3\d{3}/);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 .docx, 1 .html, 1 .pdf');
    const { document } = compileAct(SEED);

    const parts = await docxParts(readFileSync(path.join(out, `${SEED}.docx`)));
    const images = (parts.get('word/_rels/document.xml.rels')!.match(/media\/image\d+\.png/g) ?? []).length;
    const charts = document.appendices.reduce((n, a) => n + a.charts.length, 0);
    expect(images).toBeGreaterThanOrEqual(charts);
    // Every section is A4, portrait or landscape by its chart's shape.
    const sizes = [...parts.get('word/document.xml')!.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]!);
    expect(sizes.length).toBeGreaterThan(1);
    for (const size of sizes) expect(size, size).toMatch(/w:w="(11906|16838)" w:h="(16838|11906)"/);

    const html = readFileSync(path.join(out, `${SEED}.html`), 'utf8');
    expect(html).toContain('id="p-5-1"');
    expect(html.match(/<svg\b/g)!.length).toBeGreaterThanOrEqual(charts);
    expect(html).not.toMatch(/<(script|link|img)\b/);

    const pdf = await PDFDocument.load(readFileSync(path.join(out, `${SEED}.pdf`)), { updateMetadata: false });
    expect(pdf.getTitle()).toBe(document.title);
    expect(pdf.getPageCount()).toBeGreaterThan(5);
    for (const page of pdf.getPages()) expect(isA4(page.getWidth(), page.getHeight()), `${page.getWidth()}×${page.getHeight()}`).toBe(true);
    expect(readdirSync(out).filter((f) => f.startsWith('.tartip-'))).toEqual([]);
  }, 300_000);

  it('without a browser says so, still writes the DOCX and HTML without charts, and no PDF', () => {
    const out = tempDir();
    const result = run(['document', `regulations/${SEED}.tartip`, '-o', out], { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('TRT3301');
    expect(result.stderr).not.toContain('    at ');
    expect(existsSync(path.join(out, `${SEED}.docx`))).toBe(true);
    expect(existsSync(path.join(out, `${SEED}.html`))).toBe(true);
    expect(existsSync(path.join(out, `${SEED}.pdf`))).toBe(false);
  });

  it('with a browser that does not start says so, and still writes the DOCX and HTML', () => {
    const out = tempDir();
    const result = run(['document', `regulations/${SEED}.tartip`, '-o', out, '--lang', 'en'], { PUPPETEER_EXECUTABLE_PATH: '/bin/false' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/TRT3305: the browser «\/bin\/false» failed to start/);
    expect(existsSync(path.join(out, `${SEED}.docx`))).toBe(true);
    expect(existsSync(path.join(out, `${SEED}.html`))).toBe(true);
  });

  it('refuses a format it does not write, and a compiled .json (which lacks the wording)', () => {
    const out = tempDir();
    const bad = run(['document', `regulations/${SEED}.tartip`, '-o', out, '--format', 'odt']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('docx, html, pdf');
    mkdirSync(path.join(out, 'in'));
    const json = path.join(out, 'in', 'act.json');
    copyFileSync(path.join(root, 'test/golden/json', `${SEED}.json`), json);
    const refused = run(['document', json, '-o', out, '-f', 'html']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('TRT3303');
  });

  it('build writes the documents next to the JSON and the appendices', () => {
    requireBrowser();
    const dir = tempDir();
    copyFileSync(path.join(root, 'regulations', '2018-1114-10-deprived-parents-child-meetings.tartip'), path.join(dir, 'act.tartip'));
    const out = path.join(dir, 'out');
    const result = run(['build', dir, '-o', out, '-q']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const f of ['act.json', 'act.docx', 'act.html', 'act.pdf']) expect(existsSync(path.join(out, f)), f).toBe(true);
  }, 300_000);
});
