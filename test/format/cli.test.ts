// `tartip fmt` run as CI and an editor run it, on the built binary: in place, --check, standard input, errors, folders.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, read } from './helpers.js';

const bin = path.join(ROOT, 'dist/tartip.js');
const UGLY = read('test/format/cases/odd-spacing.before.tartip');
const PRETTY = read('test/format/cases/odd-spacing.after.tartip');
const BROKEN = 'регламент «Сынақ»\nбекітілген: қаулы № 1, 01.01.2020\nбөлім 1 «а»\n1.  беруші: «бөлім\n';

function run(args: string[], input?: string, cwd = ROOT) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tartip-fmt-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('tartip fmt', () => {
  it('finds the bundled acts formatted (what npm test checks)', () => {
    const result = run(['fmt', '--check', 'regulations']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--check lists the files that would change, exits 1, and writes nothing', () => {
    const dir = folder({ 'a.tartip': UGLY, 'sub/b.tartip': PRETTY, 'sub/deeper/c.tartip': UGLY, 'notes.txt': UGLY });
    const result = run(['fmt', '--check', dir, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`${path.join(dir, 'a.tartip')}\n${path.join(dir, 'sub/deeper/c.tartip')}\n`);
    expect(result.stderr).toBe('tartip: TRT6003: 2 file(s) not formatted; tartip fmt would format them\n');
    expect(readFileSync(path.join(dir, 'a.tartip'), 'utf8')).toBe(UGLY);
  });

  it('formats a directory recursively in place, keeping permissions and the file a link points to', () => {
    const dir = folder({ 'a.tartip': UGLY, 'sub/b.tartip': PRETTY, 'sub/deeper/c.tartip': UGLY });
    chmodSync(path.join(dir, 'a.tartip'), 0o640);
    const outside = folder({ 'real.tartip': UGLY });
    symlinkSync(path.join(outside, 'real.tartip'), path.join(dir, 'link.tartip'));
    const result = run(['fmt', dir, path.join(dir, 'link.tartip'), '--lang', 'en']);
    // The folder's link is reported (links inside a folder are not followed); named on the command line, it is formatted.
    expect(result.stderr).toContain('TRT9013');
    expect(result.stderr.endsWith('tartip: TRT6004: 3 of 4 file(s) formatted\n')).toBe(true);
    expect(result.code).toBe(0);
    for (const f of ['a.tartip', 'sub/b.tartip', 'sub/deeper/c.tartip']) expect(readFileSync(path.join(dir, f), 'utf8')).toBe(PRETTY);
    expect(statSync(path.join(dir, 'a.tartip')).mode & 0o777).toBe(0o640);
    expect(readFileSync(path.join(outside, 'real.tartip'), 'utf8')).toBe(PRETTY);
    expect(readdirSync(dir).filter((f) => f.startsWith('.tartip-'))).toEqual([]);
    expect(run(['fmt', '--check', dir]).code).toBe(0);
  });

  it('reads standard input with - and writes the formatted text to standard output', () => {
    const result = run(['fmt', '-'], UGLY);
    expect(result).toEqual({ code: 0, stdout: PRETTY, stderr: '' });
    expect(run(['fmt', '--check', '-'], UGLY).code).toBe(1);
    expect(run(['fmt', '--check', '-'], PRETTY)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('leaves a file with syntax errors as it is, says why with the errors, and exits 1', () => {
    const dir = folder({ 'broken.tartip': BROKEN, 'good.tartip': UGLY });
    const result = run(['fmt', dir, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(readFileSync(path.join(dir, 'broken.tartip'), 'utf8')).toBe(BROKEN);
    expect(readFileSync(path.join(dir, 'good.tartip'), 'utf8')).toBe(PRETTY);
    expect(result.stderr).toContain(`${path.join(dir, 'broken.tartip')}:4:13 - error TRT1002: unterminated text`);
    expect(result.stderr).toContain(`${path.join(dir, 'broken.tartip')}:4:13 - error TRT6001: the file is not formatted: it has 1 syntax error(s); fix them first (tartip check)\n`);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    const stdin = run(['fmt', '-', '--stdin-filename', 'draft.tartip', '--lang', 'en'], BROKEN);
    expect(stdin.code).toBe(1);
    expect(stdin.stdout).toBe('');
    expect(stdin.stderr).toContain('draft.tartip:4:13 - error TRT6001');
  });

  it('says so when a path does not exist or a folder holds no sources (exit 2)', () => {
    const missing = run(['fmt', path.join(tmpdir(), 'no-such-dir-tartip'), '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^tartip: TRT9001: cannot read/);
    const empty = run(['fmt', folder({ 'x.txt': '' }), '--lang', 'en']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/TRT9003/);
  });

  it('keeps the bundled acts as they are (a copy formatted again is byte-identical)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tartip-fmt-acts-'));
    cpSync(path.join(ROOT, 'regulations'), dir, { recursive: true });
    expect(run(['fmt', dir, '--lang', 'en']).stderr).toMatch(/TRT6004: 0 of 13 file\(s\) formatted/);
  });
});
