// A chart's time and size budgets as the command line gives them: a chart over its time ends in TRT3250, never a hang; a bad value in TRT9050; a chart of too many shapes in TRT3251.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actWithSteps } from '../../scripts/bench-hostile.mjs';
import { compile } from '../../src/compile.js';
import { MAX_CHART_BOXES, emitDiagrams } from '../../src/emit/mermaid/emit-diagrams.js';
import { requireBrowser, SEED } from './browser.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'dist/tartip.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('--chart-timeout', () => {
  it('fails each chart over its budget with TRT3250 naming it, writes nothing half-done, and exits 2', () => {
    requireBrowser();
    const out = mkdtempSync(path.join(tmpdir(), 'tartip-budget-'));
    const result = run(['diagram', `regulations/${SEED}`, '-f', 'svg', '-o', out, '--lang', 'en', '--chart-timeout', '0.001']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/TRT3250: rendering «2015-225-adoption-candidates-registration\/appendix-[^»]+» took longer than 0\.001 s/);
    const files = readdirSync(out, { recursive: true }).map(String);
    expect(files.filter((f) => path.basename(f).startsWith('.tartip-'))).toEqual([]);
    expect(files.some((f) => f.endsWith('.mmd'))).toBe(true);
  }, 180_000);

  it.each(['0', '-3', 'soon'])('refuses «%s» with TRT9050 before doing anything; exit 2', (value) => {
    const result = run(['diagram', `regulations/${SEED}`, '-f', 'svg', '-o', mkdtempSync(path.join(tmpdir(), 'tartip-budget-')), '--lang', 'en', '--chart-timeout', value]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('TRT9050');
    expect(result.stderr).toContain(`«${value}»`);
  });
});

describe('a chart of more shapes than one chart may have', () => {
  it('starts one step past the largest the hostile bench measures (118 steps, scripts/bench-hostile.mjs)', () => {
    const shapes = (steps: number) => Math.max(...emitDiagrams(compile(actWithSteps(steps), 'a.tartip').json!).diagrams.map((d) => d.boxes));
    expect(shapes(118)).toBe(MAX_CHART_BOXES);
    expect(shapes(119)).toBeGreaterThan(MAX_CHART_BOXES);
  });

  it('is refused with TRT3251 before the browser lays it out; its .mmd and every other chart are written; exit 2', () => {
    requireBrowser();
    const dir = mkdtempSync(path.join(tmpdir(), 'tartip-huge-'));
    const source = path.join(dir, 'huge.tartip');
    writeFileSync(source, actWithSteps(MAX_CHART_BOXES + 10));
    const result = run(['diagram', source, '-f', 'svg', '-o', path.join(dir, 'out'), '--lang', 'en']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`TRT3251: «huge/appendix-[^»]+» has \\d+ shapes, more than the ${MAX_CHART_BOXES} one chart may have`));
    expect(result.stderr).not.toContain('TRT3250');
    const files = readdirSync(path.join(dir, 'out', 'huge')).map(String);
    const refused = /«huge\/([^»]+)»/.exec(result.stderr)![1]!;
    expect(files).toContain(`${refused}.mmd`);
    expect(files).not.toContain(`${refused}.svg`);
    expect(files.filter((f) => f.endsWith('.svg')).length).toBeGreaterThan(0);
  }, 180_000);

  it('is refused the same way by `tartip document`: the act\'s DOCX and HTML are still written, without it; exit 2', () => {
    requireBrowser();
    const dir = mkdtempSync(path.join(tmpdir(), 'tartip-huge-doc-'));
    const source = path.join(dir, 'huge.tartip');
    writeFileSync(source, actWithSteps(MAX_CHART_BOXES + 10));
    const result = run(['document', source, '-f', 'docx,html', '-o', path.join(dir, 'out'), '--lang', 'en']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`TRT3251: «huge/appendix-[^»]+» has \\d+ shapes, more than the ${MAX_CHART_BOXES} one chart may have`));
    expect(result.stderr).not.toMatch(/TRT3250|TRT3104/);
    const refused = /«huge\/([^»]+)»/.exec(result.stderr)![1]!;
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['huge.docx', 'huge.html']);
    const html = readFileSync(path.join(dir, 'out', 'huge.html'), 'utf8');
    expect(html).toContain(`<p class="omitted">[${refused}]</p>`);
    expect(html).toContain('<svg');
  }, 180_000);
});
