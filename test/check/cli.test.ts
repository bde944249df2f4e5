// `tartip check` run as CI runs it (the built dist/tartip.js): formats, exit codes, settings, no stack traces.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './report-helpers.js';

function tartip(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/tartip.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const UNUSED_ONLY = `регламент «Сынақ»
бекітілген: қаулы № 1, 01.01.2020
бөлім 1 «Жалпы ережелер»
1. беруші: «бөлім»
   қабылдау: беруші «кеңсе»
   жүйе ЭҮШ (шлюз): «шлюз»
2. құжат анықтама: «анықтама»
   бас тарту дәлелді-бас-тарту: «дәлелді жауап»
   қызмет нәтижесі: анықтама немесе дәлелді-бас-тарту
   қатысушылар: 1) кеңсе (беруші): «кеңсе қызметкері»
3. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «шешеді»
        шешім: анықтама немесе дәлелді-бас-тарту
`;

function project(config?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tartip-check-'));
  writeFileSync(path.join(dir, 'reg.tartip'), UNUSED_ONLY);
  if (config !== undefined) writeFileSync(path.join(dir, 'tartip.config.json'), config);
  return dir;
}

describe('tartip check (built CLI)', () => {
  it('passes on regulations/ and fails on the broken folder, in every format', () => {
    expect(tartip(['check', 'regulations']).code).toBe(0);
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const result = tartip(['check', 'test/check/broken', '--format', format]);
      expect(result.code, format).toBe(1);
      expect(result.stderr, format).toBe('');
    }
  });

  it('fails on warnings only past --max-warnings', () => {
    const dir = project();
    expect(tartip(['check', '.'], dir).code).toBe(0);
    expect(tartip(['check', '.', '--max-warnings', '1'], dir).code).toBe(0);
    expect(tartip(['check', '.', '--max-warnings', '0'], dir).code).toBe(1);
  });

  it('reads tartip.config.json, and --rule wins over it', () => {
    const dir = project('{ "rules": { "unused-name": "error" } }');
    const result = tartip(['check', '.', '--lang', 'en'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('reg.tartip:6:9 - error TRT2003: information system «ЭҮШ» is declared but never used');
    expect(tartip(['check', '.', '--rule', 'TRT2003=off', '--max-warnings', '0'], dir).code).toBe(0);
  });

  it('answers bad settings and unreadable inputs with exit code 2 and a coded message, never a stack trace', () => {
    const bad = tartip(['check', 'regulations', '--rule', 'TRT2003=loud', '--lang', 'en']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toBe('tartip: TRT9006: invalid value «loud» for --rule TRT2003 (expected off, info, warning, error)\n');
    const config = tartip(['check', '.'], project('{ "rules": '));
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/^tartip: TRT9007: /);
    const dir = mkdtempSync(path.join(tmpdir(), 'tartip-check-'));
    symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'gone.tartip'));
    const gone = tartip(['check', path.join(dir, 'gone.tartip')]);
    expect(gone.code).toBe(2);
    for (const result of [bad, config, gone]) expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports binary garbage as a problem of the file, not a crash', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tartip-check-'));
    writeFileSync(path.join(dir, 'junk.tartip'), Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3, 0x28]));
    writeFileSync(path.join(dir, 'text.tartip'), '«««\n→→ 1) : ::: бөлім бөлім 9-шарт\n');
    const result = tartip(['check', dir, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).files).toHaveLength(2);
  });
});
