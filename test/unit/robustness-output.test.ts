// Safe output: names never escape the output directory, writes are atomic, one file's crash does not stop a batch.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchSummary, compileSources } from '../../src/cli/run-files.js';
import { safeName, type SourceFile } from '../../src/cli/sources.js';
import { outputPath, writeAtomic } from '../../src/cli/write-output.js';
import { compile } from '../../src/compile.js';
import type { LineMap } from '../../src/text/line-map.js';
import { SMALL } from '../helpers/small-regulation.js';

const temp = () => mkdtempSync(path.join(tmpdir(), 'tartip-out-'));

describe('output names', () => {
  it.each([
    ['../../x', 'x'],
    ['/etc/passwd', 'etc/passwd'],
    ['C:\\Windows\\x', 'C_/Windows/x'],
    ['a/./b/../c', 'a/b/c'],
    ['..', '_'],
    ['', '_'],
    ['a\u0000b', 'a_b'],
    ['a\nb\u007f', 'a_b_'],
    ['con', '_con'],
    ['LPT1.backup', '_LPT1.backup'],
    ['reg.', 'reg_'],
    ['reg ', 'reg_'],
    ['a:b*c?"d"<e>|f', 'a_b_c__d__e__f'],
  ])('makes %j safe as %j', (name, safe) => {
    expect(safeName(name)).toBe(safe);
  });

  it('stays inside the output directory for every name, however hostile', () => {
    const out = temp();
    for (const name of ['../../x', '/abs/x', '..\\..\\x', 'a/../../..', '\u0000/..', 'x'.repeat(5000)]) {
      const target = outputPath(out, `${safeName(name)}.json`);
      expect(path.relative(out, target).startsWith('..')).toBe(false);
      expect(path.isAbsolute(path.relative(out, target))).toBe(false);
    }
  });

  it('refuses, as a bug, a name that would escape (the last line of defence)', () => {
    expect(() => outputPath(temp(), '../x.json')).toThrow(/escapes the output directory/);
    expect(() => outputPath(temp(), '/tmp/x.json')).toThrow(/escapes the output directory/);
  });

  it('shortens a very long name under the file-system limit, keeping different names different', () => {
    const a = safeName('регламент'.repeat(40));
    const b = safeName(`${'регламент'.repeat(39)}регламенті`);
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(150);
    expect(a).not.toBe(b);
    const out = temp();
    writeAtomic(outputPath(out, `${a}.json`), '{}\n');
    expect(readdirSync(out)).toEqual([`${a}.json`]);
  });

  it('gives the same name to a file name in NFD (as macOS stores it) and in NFC', () => {
    expect(safeName('есепке-қою-й'.normalize('NFD'))).toBe('есепке-қою-й');
  });
});

describe('atomic writes', () => {
  it('replaces a file in one step and leaves no temporary file', () => {
    const out = temp();
    const target = path.join(out, 'a.json');
    writeAtomic(target, 'old\n');
    writeAtomic(target, 'new\n');
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(readdirSync(out)).toEqual(['a.json']);
  });

  it('on failure leaves what was there and removes its temporary file', () => {
    const out = temp();
    const target = path.join(out, 'a.json');
    mkdirSync(target); // the rename cannot replace a directory
    writeFileSync(path.join(target, 'keep'), 'x');
    expect(() => writeAtomic(target, 'new\n')).toThrow();
    expect(readdirSync(out)).toEqual(['a.json']);
    expect(readFileSync(path.join(target, 'keep'), 'utf8')).toBe('x');
  });
});

describe('batches', () => {
  const dir = temp();
  const sources: SourceFile[] = ['a', 'b', 'c'].map((name) => {
    writeFileSync(path.join(dir, `${name}.tartip`), SMALL);
    return { path: path.join(dir, `${name}.tartip`), outputName: name };
  });

  it('turns a crash of the compiler on one file into an internal-error diagnostic and goes on', () => {
    const crashOnB = (text: string, file: string, name: string) => {
      if (file.endsWith('b.tartip')) throw new Error('boom');
      return compile(text, file, name);
    };
    const outcomes = compileSources(sources, new Map<string, LineMap>(), crashOnB);
    expect(outcomes.map((o) => o.diagnostics.map((d) => d.code))).toEqual([[], ['TRT9004'], []]);
    expect(outcomes[1]!.diagnostics[0]!.message.en).toContain('internal error: boom');
    expect(outcomes[2]!.result?.json).toBeDefined();
  });

  it('summarises the files that produced nothing, at the end, in the chosen language', () => {
    const outcomes = compileSources([...sources, { path: path.join(dir, 'missing.tartip'), outputName: 'missing' }], new Map());
    const files = [...sources.map((s) => s.path), path.join(dir, 'missing.tartip')];
    const summary = batchSummary(files, outcomes.flatMap((o) => o.diagnostics), 'en');
    expect(summary).toBe(`Files with no output: 1 of 4\n  ${path.join(dir, 'missing.tartip')}: 1 error (first TRT9001 1:1)\n`);
    expect(batchSummary(files, outcomes.flatMap((o) => o.diagnostics), 'kk')).toContain('Шығысы жоқ файлдар: 1/4');
    expect(batchSummary(files.slice(0, 3), [], 'en')).toBe('');
    expect(existsSync(path.join(dir, 'missing.tartip'))).toBe(false);
  });
});
