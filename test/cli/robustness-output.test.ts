// The built CLI under failure: writes cut short by the OS, broken files in a batch, hostile names, and determinism.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL } from '../helpers/small-regulation.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'dist/tartip.js');
const seedName = '2015-225-adoption-candidates-registration';
const seed = readFileSync(path.join(root, `regulations/${seedName}.tartip`), 'utf8');

function run(args: string[], options: { cwd?: string; fileSizeLimitKiB?: number; env?: NodeJS.ProcessEnv } = {}) {
  const env = { ...process.env, NO_COLOR: '1', ...options.env };
  // `ulimit -f` makes the kernel refuse writes past that size (EFBIG), as a full disk or quota would.
  const result = options.fileSizeLimitKiB
    ? spawnSync('bash', ['-c', `ulimit -f ${options.fileSizeLimitKiB} && exec "$0" "$@"`, process.execPath, bin, ...args], { cwd: options.cwd ?? root, encoding: 'utf8', env })
    : spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temp = () => mkdtempSync(path.join(tmpdir(), 'tartip-robust-'));

/** Every file under a directory, relative, with its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out[path.relative(dir, file)] = readFileSync(file, 'latin1');
    }
  }
  return out;
}

describe('a write that fails half-way', () => {
  it('keeps the previous good output whole, writes the other files of the batch, and says what failed', () => {
    const dir = temp();
    const src = path.join(dir, 'src');
    const out = path.join(dir, 'out');
    mkdirSync(src);
    writeFileSync(path.join(src, `${seedName}.tartip`), seed);
    writeFileSync(path.join(src, 'small.tartip'), SMALL);
    expect(run(['compile', src, '-o', out]).code).toBe(0);
    const before = readFileSync(path.join(out, `${seedName}.json`), 'utf8');

    writeFileSync(path.join(src, `${seedName}.tartip`), seed.replace('Бала асырап алуға', 'Бала асырап алу'));
    writeFileSync(path.join(src, 'small.tartip'), SMALL.replace('«Сынақ»', '«Жаңа сынақ»'));
    const result = run(['compile', src, '-o', out, '--lang', 'en'], { fileSizeLimitKiB: 16 });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error TRT9002');
    expect(result.stderr).toContain('EFBIG');
    // A direct write would have left the first 16 KiB of the new JSON here.
    expect(readFileSync(path.join(out, `${seedName}.json`), 'utf8')).toBe(before);
    expect(JSON.parse(readFileSync(path.join(out, 'small.json'), 'utf8')).title).toBe('Жаңа сынақ');
    expect(readdirSync(out).sort()).toEqual([`${seedName}.json`, 'small.json']);
    expect(result.stderr).toMatch(new RegExp(`Files with no output: 1 of 2\\n  .*${seedName}\\.tartip: 1 error \\(first TRT9002 1:1\\)\\n$`));
  });

  it('keeps the previous good output when the source now has errors', () => {
    const dir = temp();
    const file = path.join(dir, 'small.tartip');
    const out = path.join(dir, 'out');
    writeFileSync(file, SMALL);
    expect(run(['compile', file, '-o', out]).code).toBe(0);
    const before = readFileSync(path.join(out, 'small.json'), 'utf8');
    writeFileSync(file, SMALL.replace('2) кеңсе:', '2) кенсе:'));
    expect(run(['compile', file, '-o', out]).code).toBe(1);
    expect(readFileSync(path.join(out, 'small.json'), 'utf8')).toBe(before);
  });
});

describe('a batch with broken files', () => {
  it('compiles every good file whatever the others contain, and lists the failures at the end', () => {
    const dir = temp();
    const src = path.join(dir, 'src');
    mkdirSync(path.join(src, 'sub'), { recursive: true });
    writeFileSync(path.join(src, 'a-good.tartip'), SMALL);
    writeFileSync(path.join(src, 'b-syntax.tartip'), 'регламент «x»\nбөлім 1 «y»\n1. ұзақтығы бес\n');
    writeFileSync(path.join(src, 'c-cp1251.tartip'), Buffer.from([0xf0, 0xe5, 0xe3, 0xeb, 0xe0, 0xec, 0xe5, 0xed, 0xf2]));
    writeFileSync(path.join(src, 'd-empty.tartip'), '');
    writeFileSync(path.join(src, 'e-binary.tartip'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    writeFileSync(path.join(src, 'sub', 'z-good.tartip'), SMALL);
    const result = run(['compile', src, '-o', path.join(dir, 'out'), '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(Object.keys(snapshot(path.join(dir, 'out'))).sort()).toEqual(['a-good.json', path.join('sub', 'z-good.json')]);
    const summary = result.stderr.slice(result.stderr.indexOf('Files with no output'));
    expect(summary.split('\n').slice(0, 5)).toEqual([
      'Files with no output: 4 of 6',
      `  ${path.join(src, 'b-syntax.tartip')}: 2 errors (first TRT1009 3:4)`,
      `  ${path.join(src, 'c-cp1251.tartip')}: 1 error (first TRT1005 1:1)`,
      `  ${path.join(src, 'd-empty.tartip')}: 1 error (first TRT1010 1:1)`,
      `  ${path.join(src, 'e-binary.tartip')}: 1 error (first TRT1005 1:1)`,
    ]);
    expect(result.stdout).toBe(`2/6 → ${path.join(dir, 'out')}\n`);
    // `build` and `diagram` go on past the broken files alike, and end with the same list.
    for (const command of [['build', src], ['diagram', src]]) {
      const other = run([...command, '-o', path.join(dir, command[0]!), '-f', 'mmd', '--lang', 'en']);
      expect(other.code).toBe(1);
      expect(other.stderr.slice(other.stderr.indexOf('Files with no output'))).toBe(summary);
    }
    expect(Object.keys(snapshot(path.join(dir, 'build'))).sort()).toEqual(['a-good.bpmn', 'a-good.json', path.join('sub', 'z-good.bpmn'), path.join('sub', 'z-good.json')]);
  });
});

describe('a file named more than once', () => {
  it('is one source, reported once, whether named twice, by another path or inside a named folder', () => {
    const dir = temp();
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src', 'reg.tartip'), SMALL.replace('2) кеңсе: «құжаттарды', '2) кеңсу: «құжаттарды'));
    const result = run(['check', 'src', 'src/reg.tartip', './src/reg.tartip', path.join(dir, 'src', 'reg.tartip'), '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout.match(/error TRT2001/g)).toHaveLength(1);
    expect(result.stdout).toContain('Found 1 error and 0 warnings in 1 file.');
  });
});

describe('output paths', () => {
  it('never writes outside the output directory, whatever the inputs are called or where they are', () => {
    const dir = temp();
    const deep = path.join(dir, 'a', 'b', 'c');
    mkdirSync(deep, { recursive: true });
    const names = ['con.tartip', 'line\nbreak.tartip', `${'ұзын'.repeat(30)}.tartip`, 'x.y.tartip'];
    for (const name of names) writeFileSync(path.join(dir, name), SMALL);
    const before = snapshot(dir);
    // Relative paths that climb above the working directory, and one absolute path.
    const inputs = [...names.slice(0, 3).map((n) => `../../../${n}`), path.join(dir, names[3]!)];
    const result = run(['compile', ...inputs, '-o', 'out'], { cwd: deep });
    expect(result.code).toBe(0);
    const after = snapshot(dir);
    const created = Object.keys(after).filter((f) => !(f in before)).sort();
    expect(created.every((f) => f.startsWith(path.join('a', 'b', 'c', 'out') + path.sep))).toBe(true);
    const written = created.map((f) => path.basename(f));
    expect(written.filter((f) => !f.startsWith('ұзын'))).toEqual(['_con.json', 'line_break.json', 'x.y.json']);
    expect(written.filter((f) => f.startsWith('ұзын'))).toEqual([expect.stringMatching(/^(ұзын)+(ұ|ұз|ұзы)?-[0-9a-f]{8}\.json$/)]);
    for (const file of Object.keys(before)) expect(after[file]).toBe(before[file]);
  });
});

describe('a reader that stops early', () => {
  it('ends the run quietly when the pipe closes (`tartip check … | head`), with the check\'s own exit code', () => {
    const file = path.join(temp(), 'newspaper.tartip');
    const fixtures = path.join(root, 'test/fixtures/newspaper');
    writeFileSync(file, readdirSync(fixtures).filter((f) => f.endsWith('.txt')).slice(0, 40).map((f) => readFileSync(path.join(fixtures, f), 'utf8')).join('\n'));
    const result = spawnSync('bash', ['-c', `"$0" "$1" check "$2" --lang en | head -c 1 >/dev/null; echo "exit \${PIPESTATUS[0]}"`, process.execPath, bin, file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('exit 1\n');
  });
});

describe('determinism and portability', () => {
  it('writes byte-identical JSON from another working directory, an absolute input path, another time zone and locale', () => {
    const first = temp();
    const second = temp();
    expect(run(['compile', 'regulations', '-o', first]).code).toBe(0);
    const elsewhere = temp();
    cpSync(path.join(root, 'regulations'), path.join(elsewhere, 'acts'), { recursive: true });
    const result = run(['compile', path.join(elsewhere, 'acts'), '-o', path.relative(elsewhere, second)], {
      cwd: elsewhere, env: { TZ: 'Asia/Almaty', LANG: 'kk_KZ.UTF-8', LC_ALL: 'kk_KZ.UTF-8' },
    });
    expect(result.code).toBe(0);
    const a = snapshot(first);
    expect(snapshot(second)).toEqual(a);
    expect(Object.keys(a).length).toBeGreaterThan(0);
    const everything = Object.values(a).join('\n');
    for (const machineSpecific of [root, elsewhere, first, tmpdir(), new Date().toISOString().slice(0, 10)]) {
      expect(everything).not.toContain(machineSpecific);
    }
  });
});
