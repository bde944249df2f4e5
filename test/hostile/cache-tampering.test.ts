// Cache tampering: a damaged, edited or emptied `check --cache` entry is checked again and rewritten; never a crash, never a hidden error.
import { createHmac } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RAW_CONTROL, ROOT, tartip, workspace } from './run.js';

const FILE = path.join('src', 'references.tartip');

type Entry = { sha256: string; findings: Record<string, unknown>[]; digest: string };
type Cache = { compiler: string; entries: Record<string, Entry> };

/** A folder with one act of three errors and three warnings, checked once with --cache. */
function cached(): { dir: string; cache: Cache; plain: string } {
  const dir = workspace(false);
  cpSync(path.join(ROOT, 'test/check/broken/references.tartip'), path.join(dir, FILE));
  const plain = tartip(['check', FILE, '--lang', 'en'], dir);
  expect(plain.code).toBe(1);
  expect(tartip(['check', FILE, '--cache', '--lang', 'en'], dir).stdout).toBe(plain.stdout);
  return { dir, cache: read(dir), plain: plain.stdout };
}

const read = (dir: string): Cache => JSON.parse(readFileSync(path.join(dir, '.tartip-cache.json'), 'utf8'));
const write = (dir: string, cache: Cache) => writeFileSync(path.join(dir, '.tartip-cache.json'), JSON.stringify(cache));
/** Signs an entry as the compiler does (schema/tartip-cache.schema.json): only who can rewrite the compiler can. */
const sign = (cache: Cache, entry: Entry) =>
  (entry.digest = createHmac('sha256', cache.compiler).update(`${FILE}\u0000${entry.sha256}\u0000${JSON.stringify(entry.findings)}`).digest('hex'));

describe('a damaged cache entry', () => {
  const first = (f: Record<string, unknown>[]) => f[0]!;
  const damage: Record<string, (e: Entry) => void> = {
    'findings null': (e) => void ((e as { findings: unknown }).findings = null),
    'findings "x"': (e) => void ((e as { findings: unknown }).findings = 'x'),
    'findings [{}]': (e) => void (e.findings = [{}]),
    'an unknown code': (e) => void (first(e.findings).code = 'TRT0042'),
    'a severity of the wrong type': (e) => void (first(e.findings).severity = 7),
    'a position that is not a number': (e) => void ((first(e.findings).range as { start: { line: unknown } }).start.line = '9'),
    'the old format (diagnostics)': (e) => void Object.assign(e, { diagnostics: e.findings, findings: undefined }),
    'no digest': (e) => void ((e as { digest?: string }).digest = undefined),
  };
  it.each(Object.keys(damage))('with %s is checked again and rewritten', (name) => {
    const { dir, cache, plain } = cached();
    const good = structuredClone(cache.entries[FILE]!);
    damage[name]!(cache.entries[FILE]!);
    write(dir, cache);
    const again = tartip(['check', FILE, '--cache', '--lang', 'en'], dir);
    expect(again.stderr).not.toContain('TRT9004');
    expect([again.code, again.stdout]).toEqual([1, plain]);
    // Rewritten as the compiler would write it, so later runs are answered from it again.
    expect(read(dir).entries[FILE]).toEqual(good);
    expect(tartip(['check', FILE, '--cache', '--lang', 'en'], dir).stdout).toBe(plain);
  });

  it('that was emptied, or whose error was turned into a warning, does not hide the error', () => {
    const { dir, cache, plain } = cached();
    cache.entries[FILE]!.findings = [];
    write(dir, cache);
    const emptied = tartip(['check', FILE, '--cache', '--lang', 'en'], dir);
    expect([emptied.code, emptied.stdout]).toEqual([1, plain]);
    // Severities are not stored at all: a finding is as severe as the catalogue says, at every run.
    const entry = read(dir).entries[FILE]!;
    expect(entry.findings.some((f) => 'severity' in f)).toBe(false);
    for (const finding of entry.findings) Object.assign(finding, { severity: 'info' });
    write(dir, { ...read(dir), entries: { [FILE]: entry } });
    const downgraded = tartip(['check', FILE, '--cache', '--format', 'json'], dir);
    expect(downgraded.code).toBe(1);
    expect(JSON.parse(downgraded.stdout).summary.errors).toBe(3);
  });

  it('never prints a control character from the cache, even from an entry that verifies', () => {
    const { dir, cache } = cached();
    const entry = cache.entries[FILE]!;
    (first(entry.findings).message as { en: string }).en = 'clear \u001b[2J\u001b]0;pwned\u0007 \u009b31m \u202Eevil';
    sign(cache, entry);
    write(dir, cache);
    const shown = tartip(['check', FILE, '--cache', '--lang', 'en'], dir);
    expect(shown.code).toBe(1);
    expect(shown.stdout).toContain('clear \\u{001B}[2J\\u{001B}]0;pwned\\u{0007} \\u{009B}31m \\u{202E}evil');
    expect(shown.stdout).not.toMatch(RAW_CONTROL);
  });
});
