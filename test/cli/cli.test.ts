// The built CLI (dist/tartip.js) run as a user runs it: exit codes, outputs, messages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL } from '../helpers/small-regulation.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'dist/tartip.js');

function run(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'tartip-cli-'));
}

describe('tartip CLI', () => {
  it('is built', () => {
    expect(existsSync(bin)).toBe(true);
  });

  it('prints help and version with exit code 0', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('compile');
    const version = run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  it('compiles regulations/ into one JSON per source', () => {
    const out = tempDir();
    const result = run(['compile', 'regulations', '-o', out]);
    expect(result.code).toBe(0);
    const sources = readdirSync(path.join(root, 'regulations')).filter((f) => f.endsWith('.tartip'));
    const written = readdirSync(out).filter((f) => f.endsWith('.json'));
    expect(written.sort()).toEqual(sources.map((f) => f.replace(/\.tartip$/, '.json')).sort());
    for (const file of written) expect(JSON.parse(readFileSync(path.join(out, file), 'utf8')).formatVersion).toBe(2);
    // The acts' recorded defects are notes: counted by compile, printed by check.
    expect(result.stderr).not.toContain('info TRT2901');
    expect(result.stderr).toMatch(/Checked \d+ files: no problems \(\d+ notes; tartip check shows them\)\./);
    expect(run(['check', 'regulations']).stdout).toContain('info TRT2901');
  });

  it('reports a mistyped keyword with its location, both languages, a fix, and exit code 1', () => {
    const dir = tempDir();
    const file = path.join(dir, 'bad.tartip');
    writeFileSync(file, 'регламент «x»\nбөлім 1 «y»\n1. рәсім р: беруші арқылы\n  1) беруші: «a»\n     ұзактығы: 5 минут\n');
    const result = run(['check', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('bad.tartip:5:6 - error TRT1008');
    expect(result.stdout).toContain('did you mean «ұзақтығы»');
    expect(result.stdout).toContain('«ұзақтығы» болуы керек пе?');
    expect(result.stdout).toContain('~~~~~~~~');
  });

  it('reports an unknown performer with a suggestion and writes no JSON', () => {
    const dir = tempDir();
    const file = path.join(dir, 'bad.tartip');
    writeFileSync(file, 'регламент «x»\nбөлім 1 «y»\n1. қатысушылар: 1) орындаушы (беруші): «орындаушы»\n2. рәсім р: беруші арқылы\n  1) орындаущы: «a»\n');
    const out = path.join(dir, 'out');
    const result = run(['compile', file, '-o', out, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad.tartip:5:6 - error TRT2001: participant, organisation or system «орындаущы» is not declared; did you mean «орындаушы»?');
    expect(existsSync(path.join(out, 'bad.json'))).toBe(false);
  });

  it('answers a missing input and an unknown option with exit code 2', () => {
    expect(run(['compile', 'no-such-dir']).code).toBe(2);
    expect(run(['compile', '--no-such-option', 'x']).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
  });

  it('draws the appendices from compiled JSON exactly as from the sources', () => {
    const out = tempDir();
    expect(run(['compile', 'regulations', '-o', path.join(out, 'json'), '-q']).code).toBe(0);
    const definitions = readdirSync(path.join(out, 'json')).map((f) => path.join(out, 'json', f));
    expect(run(['diagram', ...definitions, '-o', path.join(out, 'from-json'), '-f', 'mmd', '-q']).code).toBe(0);
    expect(run(['diagram', 'regulations', '-o', path.join(out, 'from-source'), '-f', 'mmd', '-q']).code).toBe(0);
    const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.mmd')).sort();
    const files = listing(path.join(out, 'from-source'));
    expect(files.length).toBeGreaterThan(20);
    expect(listing(path.join(out, 'from-json'))).toEqual(files);
    for (const f of files) expect(readFileSync(path.join(out, 'from-json', f), 'utf8')).toBe(readFileSync(path.join(out, 'from-source', f), 'utf8'));
  });

  it('refuses a JSON that is not a process definition, pointing at the bad character', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'broken.json'), '{"a": 1,\n "b": }\n');
    writeFileSync(path.join(dir, 'foreign.json'), '{"formatVersion": 1}\n');
    const result = run(['diagram', 'broken.json', 'foreign.json', '-o', 'out', '-f', 'mmd', '--lang', 'en'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("broken.json:2:7 - error TRT9010: «broken.json» is not a Tártip process definition (the JSON that tartip compile writes): Unexpected token '}'");
    expect(result.stderr).toContain("foreign.json:1:1 - error TRT9010: «foreign.json» is not a Tártip process definition (the JSON that tartip compile writes): /: must have required property '$schema'");
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('explains a code, by code or by name, from docs/DIAGNOSTICS.md', () => {
    const byCode = run(['explain', 'TRT2101']);
    expect(byCode.code).toBe(0);
    expect(byCode.stdout).toMatch(/^### TRT2101 `numeral-mismatch`\n/);
    expect(byCode.stdout).toContain('→ «отыз» деп түзету / replace with «отыз»');
    expect(byCode.stdout).not.toContain('### TRT2102');
    expect(run(['explain', 'numeral-mismatch']).stdout).toBe(byCode.stdout);
    const unknown = run(['explain', 'TRT2999', '--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('tartip: TRT9008: tartip explain: there is no rule «TRT2999»; did you mean «TRT2009»?\n');
  });

  it('checks standard input («-») under the name --stdin-filename gives, and refuses to fix or cache it', () => {
    const dir = tempDir();
    const source = 'регламент «x»\nбөлім 1 «y»\n1. рәсім р: беруші арқылы\n  1) беруші: «a»\n     ұзактығы: 5 минут\n';
    // The name also decides which tartip.config.json applies: this one turns the finding into a warning.
    writeFileSync(path.join(dir, 'tartip.config.json'), '{ "rules": { "TRT1008": "warning", "TRT2402": "off", "incomplete-act": "off" } }');
    const stdin = (args: string[]) => spawnSync(process.execPath, [bin, 'check', '-', ...args], { cwd: root, input: source, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const labelled = stdin(['--stdin-filename', path.join(dir, 'draft.tartip'), '--lang', 'en']);
    expect(labelled.status).toBe(0);
    expect(labelled.stdout).toContain(`${path.join(dir, 'draft.tartip')}:5:6 - warning TRT1008`);
    expect(labelled.stdout).toContain('5      ұзактығы: 5 минут');
    const unnamed = stdin(['--lang', 'en']);
    expect(unnamed.status).toBe(1);
    expect(unnamed.stdout).toContain('<stdin>:5:6 - error TRT1008');
    const fix = stdin(['--fix', '--lang', 'en']);
    expect(fix.status).toBe(2);
    expect(fix.stderr).toBe('tartip: TRT9006: invalid value «-» for --fix (expected files: standard input is neither written back nor cached)\n');
  });

  it('lays charts out in rows on request, and refuses an unknown layout', () => {
    const out = tempDir();
    expect(run(['diagram', 'regulations/2015-225-adoption-candidates-registration.tartip', '-f', 'mmd', '-q', '--layout', 'rows', '-o', out]).code).toBe(0);
    const chart = readFileSync(path.join(out, '2015-225-adoption-candidates-registration', 'appendix-2-handbook-provider.mmd'), 'utf8');
    expect(chart).toContain('    ignoreCrossLaneEdges: false\n');
    const bad = run(['build', 'regulations', '--layout', 'zigzag', '-o', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("argument 'zigzag' is invalid. Allowed choices are packed, rows.");
  });

  it('reports errors only with --quiet, while warnings still count for --max-warnings', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'reg.tartip'), SMALL.replace('     2) басшы (беруші): «басшы»', '     2) басшы (беруші): «басшы»;\n     3) орындаушы (беруші): «орындаушы»'));
    const loud = run(['check', 'reg.tartip', '--lang', 'en'], dir);
    expect(loud.code).toBe(0);
    expect(loud.stdout).toContain('warning TRT2003');
    const quiet = run(['check', 'reg.tartip', '--lang', 'en', '-q'], dir);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('Checked 1 file: no problems.\n');
    expect(run(['check', 'reg.tartip', '-q', '--max-warnings', '0'], dir).code).toBe(1);
  });
});
