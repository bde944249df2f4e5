// `tartip check --fix` run as a user runs it: the offered replacements written into the sources, the rest reported.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL } from '../helpers/small-regulation.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'dist/tartip.js');

function run(args: string[], cwd: string, fileSizeLimitKiB?: number) {
  const env = { ...process.env, NO_COLOR: '1' };
  // `ulimit -f` makes the kernel refuse writes past that size (EFBIG), as a full disk would.
  const result = fileSizeLimitKiB
    ? spawnSync('bash', ['-c', `ulimit -f ${fileSizeLimitKiB} && exec "$0" "$@"`, process.execPath, bin, ...args], { cwd, encoding: 'utf8', env })
    : spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** SMALL with four slips that each have one right answer. */
const SLIPS = SMALL.replace('2) кеңсе: «құжаттарды қабылдайды»', '2) кеңсe: «құжаттарды қабылдайды»') // Latin «e» in a Cyrillic name
  .replace('ұзақтығы: 30 (отыз) минут', 'ұзактығы: 30 (жиырма) минут') // a misspelt keyword hiding a wrong numeral
  .replace('3) басшы: «шешім', '3) басшв: «шешім'); // an unknown performer

function workspace(text: string, name = 'reg.tartip'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tartip-fix-'));
  writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('tartip check --fix', () => {
  it('fixes every slip that has one answer, pass after pass, and the file then checks clean', () => {
    const dir = workspace(SLIPS);
    expect(run(['check', 'reg.tartip'], dir).code).toBe(1);
    const fixed = run(['check', 'reg.tartip', '--fix', '--lang', 'en'], dir);
    expect(fixed.code).toBe(0);
    expect(readFileSync(path.join(dir, 'reg.tartip'), 'utf8')).toBe(SMALL);
    // The misspelt keyword is read as the keyword it stands for, so the numeral after it is checked (and
    // fixed) in the same pass: all four in one pass, in source order.
    expect(fixed.stderr.split('\n').filter(Boolean).map((l) => l.replace(/^reg\.tartip:\d+:\d+ - /, ''))).toEqual([
      'fixed TRT1006: «кеңсe» → «кеңсе»',
      'fixed TRT1008: «ұзактығы» → «ұзақтығы»',
      'fixed TRT2101: «жиырма» → «отыз»',
      'fixed TRT2001: «басшв» → «басшы»',
    ]);
    expect(fixed.stdout).toBe('Checked 1 file: no problems.\n');
    expect(run(['check', 'reg.tartip', '--fix'], dir).stderr).toBe('');
  });

  it('keeps the byte-order mark, the line breaks and the permissions of the file', () => {
    const crlf = `\ufeff${SLIPS.replace(/\n/g, '\r\n')}`;
    const dir = workspace(crlf);
    chmodSync(path.join(dir, 'reg.tartip'), 0o640);
    expect(run(['check', 'reg.tartip', '--fix'], dir).code).toBe(0);
    expect(readFileSync(path.join(dir, 'reg.tartip'), 'utf8')).toBe(`\ufeff${SMALL.replace(/\n/g, '\r\n')}`);
    expect(statSync(path.join(dir, 'reg.tartip')).mode & 0o777).toBe(0o640);
  });

  it('leaves alone what a rule turns off, and keeps a machine-readable report clean', () => {
    const dir = workspace(SLIPS);
    const result = run(['check', 'reg.tartip', '--fix', '--rule', 'TRT2101=off', '--format', 'json'], dir);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(dir, 'reg.tartip'), 'utf8')).toBe(SMALL.replace('30 (отыз) минут', '30 (жиырма) минут'));
    expect((JSON.parse(result.stdout) as { diagnostics: unknown[] }).diagnostics).toEqual([]);
    expect(result.stderr).toContain('TRT1008');
    expect(result.stderr).not.toContain('TRT2101');
  });

  it('says when a file cannot be written, leaves it whole, and exits 2', () => {
    const big = SLIPS + `# ${'ескерту '.repeat(300)}\n`;
    const dir = workspace(big);
    const result = run(['check', 'reg.tartip', '--fix', '--lang', 'en'], dir, 2);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('tartip: TRT9002: cannot write «reg.tartip»');
    expect(readFileSync(path.join(dir, 'reg.tartip'), 'utf8')).toBe(big);
  });
});
