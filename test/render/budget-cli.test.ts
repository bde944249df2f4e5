// A chart's time budget as the command line gives it: a chart over it ends in TRT3250, never a hang; a bad value in TRT9050.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
