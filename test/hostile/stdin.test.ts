// Standard input: an endless stream stops at the size limit with TRT1007 (no hang), and `compile -` compiles what it reads.
import { spawnSync } from 'node:child_process';
import { openSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, SEED, tartip, workspace } from './run.js';

/** `<producer> | tartip …` through a shell, with a timeout far above what stopping at the limit takes. */
function piped(producer: string, args: string[]) {
  const result = spawnSync('sh', ['-c', `${producer} | "${process.execPath}" "${BIN}" ${args.join(' ')}`], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

describe('endless standard input', () => {
  it.each([['check - --lang en'], ['compile - -o /dev/null/out --lang en']])('`yes | tartip %s` stops at the size limit', (args) => {
    const run = piped('yes', args.split(' '));
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain('<stdin>:1:1 - error TRT1007: file size exceeds the limit');
  });

  it('`tartip check - < /dev/zero` stops at the size limit', () => {
    const run = tartip(['check', '-', '--lang', 'en'], workspace(false), { stdio: [openSync('/dev/zero', 'r'), 'pipe', 'pipe'], timeout: 30_000 });
    expect([run.signal, run.code]).toEqual([null, 1]);
    expect(run.stdout).toContain('TRT1007');
  });
});

describe('tartip compile -', () => {
  it('compiles standard input to <out>/stdin.json, as the file would compile', () => {
    const dir = workspace();
    expect(tartip(['compile', '-', '-o', 'piped'], dir, { input: readFileSync(SEED) }).code).toBe(0);
    expect(tartip(['compile', path.join('src', 'act.tartip'), '-o', 'named'], dir).code).toBe(0);
    expect(readdirSync(path.join(dir, 'piped'))).toEqual(['stdin.json']);
    const strip = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { source: string };
    const piped = strip(path.join(dir, 'piped', 'stdin.json'));
    const named = strip(path.join(dir, 'named', 'act.json'));
    expect({ ...piped, source: '' }).toEqual({ ...named, source: '' });
  });
});
