// `tartip check --cache` run as a user runs it: same reports as without it, only changed files compiled.
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'dist/tartip.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A working folder with the broken sources (every kind of finding) and two clean acts. */
function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tartip-cache-'));
  cpSync(path.join(root, 'test/check/broken'), path.join(dir, 'src'), { recursive: true });
  for (const act of ['2015-225-adoption-candidates-registration', '2018-1114-07-foster-carers-payment']) {
    cpSync(path.join(root, 'regulations', `${act}.tartip`), path.join(dir, 'src', `${act}.tartip`));
  }
  return dir;
}

type Finding = { code: string; message: { en: string } };
type Cache = { compiler: string; entries: Record<string, { sha256: string; findings: Finding[]; digest: string }> };
const readCache = (dir: string): Cache => JSON.parse(readFileSync(path.join(dir, '.tartip-cache.json'), 'utf8'));

/** The digest as schema/tartip-cache.schema.json defines it: what whoever may write the compiler could forge. */
function sign(cache: Cache, key: string): void {
  const entry = cache.entries[key]!;
  entry.digest = createHmac('sha256', cache.compiler).update(`${key}\u0000${entry.sha256}\u0000${JSON.stringify(entry.findings)}`).digest('hex');
}

describe('tartip check --cache', () => {
  it('reports exactly what a run without the cache reports, in every format, first run and cached run alike', () => {
    const dir = workspace();
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const plain = run(['check', 'src', '--format', format], dir);
      const first = run(['check', 'src', '--format', format, '--cache'], dir);
      const cached = run(['check', 'src', '--format', format, '--cache'], dir);
      expect(plain.code).toBe(1);
      expect([first.code, cached.code]).toEqual([1, 1]);
      expect(first.stdout).toBe(plain.stdout);
      expect(cached.stdout).toBe(plain.stdout);
    }
  });

  it('answers unchanged files from the cache and compiles a changed one afresh', () => {
    const dir = workspace();
    expect(run(['check', 'src', '--cache', '--lang', 'en'], dir).code).toBe(1);
    const cache = readCache(dir);
    const key = path.join('src', 'references.tartip');
    expect(Object.keys(cache.entries)).toContain(key);
    // Marking the cached finding (and signing it as the compiler does) shows the next run took it from the cache.
    cache.entries[key]!.findings[0]!.message.en = 'FROM THE CACHE';
    sign(cache, key);
    writeFileSync(path.join(dir, '.tartip-cache.json'), JSON.stringify(cache));
    expect(run(['check', 'src', '--cache', '--lang', 'en'], dir).stdout).toContain('FROM THE CACHE');
    // A changed file is compiled again, and its new findings are what is reported.
    writeFileSync(path.join(dir, 'src', 'references.tartip'), `${readFileSync(path.join(dir, 'src', 'references.tartip'), 'utf8')}\n`);
    const after = run(['check', 'src', '--cache', '--lang', 'en'], dir);
    expect(after.stdout).not.toContain('FROM THE CACHE');
    expect(after.stdout).toBe(run(['check', 'src', '--lang', 'en'], dir).stdout);
  });

  it('ignores a cache written by another build of Tártip, and a damaged one', () => {
    const dir = workspace();
    run(['check', 'src', '--cache'], dir);
    const cache = readCache(dir);
    for (const [key, entry] of Object.entries(cache.entries)) {
      for (const d of entry.findings) d.message.en = 'STALE';
      sign(cache, key);
    }
    writeFileSync(path.join(dir, '.tartip-cache.json'), JSON.stringify({ ...cache, compiler: '0.0.1+0000000000000000' }));
    expect(run(['check', 'src', '--cache', '--lang', 'en'], dir).stdout).not.toContain('STALE');
    expect(readCache(dir).compiler).toBe(cache.compiler);
    writeFileSync(path.join(dir, '.tartip-cache.json'), '{"compiler": ');
    const damaged = run(['check', 'src', '--cache', '--lang', 'en'], dir);
    expect(damaged.code).toBe(1);
    expect(damaged.stdout).toBe(run(['check', 'src', '--lang', 'en'], dir).stdout);
  });

  it('keeps findings as the compiler reported them, so --rule severities apply at every run', () => {
    const dir = workspace();
    const file = path.join('src', 'references.tartip');
    const rules = ['--rule', 'TRT2003=off', '--rule', 'TRT2009=error'];
    // Cached under one set of severities, reported under another, and the other way round.
    const withRules = run(['check', file, '--cache', '--format', 'json', ...rules], dir);
    expect(withRules.stdout).toBe(run(['check', file, '--format', 'json', ...rules], dir).stdout);
    expect(withRules.stdout).not.toContain('TRT2003');
    const without = run(['check', file, '--cache', '--format', 'json'], dir);
    expect(without.stdout).toBe(run(['check', file, '--format', 'json'], dir).stdout);
    expect(without.stdout).toContain('TRT2003');
  });

  it('keeps its findings where --cache-location says, and says so when it cannot write there', () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'cache'));
    expect(run(['check', 'src', '--cache', '--cache-location', 'cache/check.json'], dir).code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(dir, 'cache/check.json'), 'utf8')).entries).toBeDefined();
    // A location under a regular file cannot be created: the findings are still reported, the exit code is theirs.
    writeFileSync(path.join(dir, 'blocker'), '');
    const blocked = run(['check', 'src', '--cache', '--cache-location', 'blocker/check.json', '--lang', 'en'], dir);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('tartip: TRT9002: cannot write «blocker/check.json»');
    expect(blocked.stdout).toBe(run(['check', 'src', '--lang', 'en'], dir).stdout);
  });

  it('reads a device or an oversized file within the size limit, as without the cache, and keeps no entry for it', () => {
    const dir = workspace();
    const result = spawnSync(process.execPath, [bin, 'check', '/dev/zero', '--cache', '--lang', 'en'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('/dev/zero:1:1 - error TRT1007: file size exceeds the limit');
    expect(readCache(dir).entries).toEqual({});
  });
});
