// The diagnostic catalogue: unique codes and names, the same placeholders in Kazakh and English, and every
// code made to fire by a test (the triggers below, or another test file that names the code).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCompile } from '../../src/cli/commands/compile.js';
import { ConfigError, parseRuleFlags, readConfig } from '../../src/cli/config.js';
import { readDefinition } from '../../src/cli/read-definition.js';
import { decodeSource, readSource } from '../../src/cli/read-source.js';
import { UsageError, findSources } from '../../src/cli/sources.js';
import { compile } from '../../src/compile.js';
import { CATALOGUE_ENTRIES } from '../../src/diagnostics/catalogue.js';
import { validateOutput } from '../../src/emit/json/validate.js';
import { act } from '../check/sources.js';
import { EXAMPLES } from '../helpers/diagnostic-examples.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const placeholders = (template: string) => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const codesOf = (source: string) => compile(source, 'trigger.tartip').diagnostics.map((d) => d.code);
const temp = () => mkdtempSync(path.join(tmpdir(), 'tartip-catalogue-'));

/** The code a usage or configuration failure carries. */
function failure(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) return [error.code];
    throw error;
  }
  return [];
}


/** Each code with an input that makes it fire (a source from EXAMPLES, or an action); the test asserts that it does. */
const TRIGGERS: Record<string, () => string[]> = {
  ...Object.fromEntries(Object.entries(EXAMPLES).map(([code, source]) => [code, () => codesOf(source)])),
  TRT1005: () => { const r = decodeSource(new Uint8Array([0x41, 0xff]), 'x.tartip'); return r.ok ? [] : [r.diagnostic.code]; },
  TRT3001: () => validateOutput({} as never, 'x.tartip', { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }).map((d) => d.code),
  TRT9001: () => { const r = readSource(path.join(temp(), 'missing.tartip')); return r.ok ? [] : [r.diagnostic.code]; },
  TRT9002: () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'reg.tartip'), act());
    writeFileSync(path.join(dir, 'out'), 'a file where the output directory should be');
    let err = '';
    runCompile([path.join(dir, 'reg.tartip')], { outDir: path.join(dir, 'out'), language: 'en', color: false, quiet: false }, () => {}, (s) => (err += s));
    return err.match(/TRT\d{4}/g) ?? [];
  },
  TRT9003: () => failure(() => findSources([temp()])),
  TRT9004: () => [],
  TRT9005: () => {
    const dir = temp();
    for (const sub of ['a', 'b']) {
      mkdirSync(path.join(dir, sub));
      writeFileSync(path.join(dir, sub, 'reg.tartip'), act());
    }
    return failure(() => findSources([path.join(dir, 'a', 'reg.tartip'), path.join(dir, 'b', 'reg.tartip')]));
  },
  TRT9006: () => failure(() => parseRuleFlags(['TRT2003=loud'])),
  TRT9007: () => { const file = path.join(temp(), 'tartip.config.json'); writeFileSync(file, '{'); return failure(() => readConfig(file)); },
  TRT9008: () => failure(() => parseRuleFlags(['no-such-rule=off'])),
  TRT9009: () => failure(() => parseRuleFlags(['TRT9001=off'])),
  TRT9010: () => { const file = path.join(temp(), 'x.json'); writeFileSync(file, '[]'); const r = readDefinition(file); return r.ok ? [] : [r.diagnostic.code]; },
};

/** Test files other than this one: a code they name is taken as fired there (e.g. the renderer's). */
function otherTests(dir = path.join(ROOT, 'test')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : otherTests(full);
    return e.name.endsWith('.test.ts') && full !== import.meta.filename ? [full] : [];
  });
}

describe('the diagnostic catalogue', () => {
  it('has unique codes, in the right range for their area, and unique kebab-case names', () => {
    const codes = CATALOGUE_ENTRIES.map((e) => e.code);
    const names = CATALOGUE_ENTRIES.map((e) => e.name);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(names).size).toBe(names.length);
    for (const e of CATALOGUE_ENTRIES) {
      expect(e.code).toMatch(/^TRT[1-9]\d{3}$/);
      expect(e.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'info']).toContain(e.severity);
    }
  });

  it.each(CATALOGUE_ENTRIES.map((e) => [e.code, e] as const))('%s uses the same placeholders in Kazakh and English', (_, e) => {
    expect(placeholders(e.kk)).toEqual(placeholders(e.en));
    expect(e.kk.trim()).not.toBe('');
    expect(e.en.trim()).not.toBe('');
  });

  it('marks only findings about the act itself as source defects', () => {
    for (const e of CATALOGUE_ENTRIES.filter((x) => x.sourceDefect)) expect(e.code).toMatch(/^TRT2/);
  });
});

describe('every code fires in some test', () => {
  const triggered = CATALOGUE_ENTRIES.filter((e) => TRIGGERS[e.code] && e.code !== 'TRT9004');
  it.each(triggered.map((e) => e.code))('%s fires on its trigger', (code) => {
    expect(TRIGGERS[code]!()).toContain(code);
  });

  it('TRT9004 fires when a command fails inside Tártip', async () => {
    vi.resetModules();
    vi.doMock('../../src/cli/run-files.js', async (importOriginal) => ({
      ...(await importOriginal<object>()),
      compileSources: () => {
        throw new Error('boom');
      },
    }));
    const { main } = await import('../../src/cli/main.js');
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (written.push(String(s)), true));
    try {
      expect(await main(['node', 'tartip', 'check', path.join(ROOT, 'regulations')])).toBe(3);
    } finally {
      spy.mockRestore();
      vi.doUnmock('../../src/cli/run-files.js');
    }
    expect(written.join('')).toMatch(/^tartip: TRT9004: .*boom/m);
  });

  it('no code is left without a test', () => {
    const texts = otherTests().map((f) => readFileSync(f, 'utf8'));
    const orphans = CATALOGUE_ENTRIES.map((e) => e.code).filter((code) => !TRIGGERS[code] && !texts.some((t) => t.includes(code)));
    expect(orphans, 'add a trigger above, or a test that makes these codes fire').toEqual([]);
  });
});
