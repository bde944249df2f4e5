// `tartip diff` run as a reviewer runs it on the real pair: resolution № 225 (2015) and act 8 of № 1114 (2018).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL } from '../helpers/small-regulation.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'dist/tartip.js');
const OLD = 'regulations/2015-225-adoption-candidates-registration.tartip';
const NEW = 'regulations/2018-1114-08-adoption-candidates-registration.tartip';

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('tartip diff on the 2015 and 2018 versions of the adoption-candidates act', () => {
  it.each([
    ['text', 'en', 'text-en.txt'],
    ['text', 'kk', 'text-kk.txt'],
    ['markdown', 'both', 'markdown-both.md'],
    ['json', 'en', 'json.json'],
  ])('--format %s --lang %s matches its golden file', async (format, lang, golden) => {
    const result = run(['diff', OLD, NEW, '--format', format, '--lang', lang]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    await expect(result.stdout).toMatchFileSnapshot(`golden/${golden}`);
  });

  it('reads compiled definitions as well as sources, with the same result', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'tartip-diff-'));
    expect(run(['compile', OLD, NEW, '-o', out, '-q']).code).toBe(0);
    const fromJson = run(['diff', path.join(out, path.basename(OLD, '.tartip') + '.json'), NEW, '--format', 'json']);
    const fromSource = run(['diff', OLD, NEW, '--format', 'json']);
    const body = (s: string) => ({ ...JSON.parse(s), old: undefined });
    expect(body(fromJson.stdout)).toEqual(body(fromSource.stdout));
    expect(run(['diff', OLD, path.join(out, path.basename(OLD, '.tartip') + '.json')]).code).toBe(0);
  });

  it('exits 0 with one line when nothing changed', () => {
    const result = run(['diff', NEW, NEW, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/The procedure did not change\.\n$/);
  });

  it('answers a broken version with its errors, and a missing or foreign file with exit 2, never a stack trace', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tartip-diff-'));
    const broken = path.join(dir, 'broken.tartip');
    const text = SMALL.replace('2) кеңсе', '2) кеңсее');
    writeFileSync(broken, text);
    const line = text.split('\n').findIndex((l) => l.includes('2) кеңсее')) + 1;
    const result = run(['diff', broken, NEW, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`broken.tartip:${line}:9 - error TRT2001`);
    const missing = run(['diff', path.join(dir, 'none.tartip'), NEW, '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^tartip: TRT9001: cannot read/);
    const foreign = path.join(dir, 'other.json');
    writeFileSync(foreign, '{"a": 1}');
    const notDefinition = run(['diff', foreign, NEW, '--lang', 'en']);
    expect(notDefinition.code).toBe(2);
    expect(notDefinition.stderr).toContain('TRT9010');
    const folder = run(['diff', 'regulations', NEW, '--lang', 'en']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('TRT9006');
    for (const r of [result, missing, notDefinition, folder]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
