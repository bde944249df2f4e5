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

const HEAD = 'регламент «Сынақ»\nбекітілген: қаулы № 1, 01.01.2020\n';
const proc = (body: string) => act({ procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы\n${body}` });
const DECIDE = '        шешім: анықтама немесе дәлелді-бас-тарту';

/** Each code with an input that makes it fire; the test asserts that it does. */
const TRIGGERS: Record<string, () => string[]> = {
  TRT1001: () => codesOf(`${HEAD}бөлім 1 «а»\n1. беруші «бөлім»`),
  TRT1002: () => codesOf(`${HEAD}бөлім 1 «а`),
  TRT1003: () => codesOf(`${HEAD}бөлім 1 «а» @`),
  TRT1004: () => codesOf('регламент'),
  TRT1005: () => { const r = decodeSource(new Uint8Array([0x41, 0xff]), 'x.tartip'); return r.ok ? [] : [r.diagnostic.code]; },
  TRT1006: () => codesOf(act({ participants: '     1) кеңсе (беруші): «кеңсе»;\n     2) oрындаушы (беруші): «орындаушы»' })),
  TRT1007: () => codesOf(`${HEAD}# ${'ш'.repeat(12_000)}\n`),
  TRT1008: () => codesOf(proc(`     1) кеңсе: «а»\n        ұзактығы: 5 минут\n${DECIDE}`)),
  TRT1009: () => codesOf(`${HEAD}бөлім 1 «а»\n1. беруші: «бөлім»\n     1) беруші: «а»`),
  TRT1010: () => codesOf('бөлім 1 «а»\n'),
  TRT1011: () => codesOf(`${HEAD}«жай мәтін»\n`),
  TRT1012: () => codesOf(proc(`     1) кеңсе: «а»\n        фывапролд: «а»\n${DECIDE}`)),
  TRT2001: () => codesOf(proc(`     1) орындаущы: «а»\n${DECIDE}`)),
  TRT2002: () => codesOf(act({ participants: '     1) кеңсе (беруші): «а»;\n     2) орындаушы (беруші): «б»;\n     3) кеңсе (беруші): «в»' })),
  TRT2003: () => codesOf(act({ participants: '     1) кеңсе (беруші): «а»;\n     2) орындаушы (беруші): «б»;\n     3) басшы (беруші): «в»' })),
  TRT2004: () => codesOf(proc(`     1) кеңсе: «а»\n        → 9\n     2) орындаушы: «б»\n${DECIDE}`)),
  TRT2005: () => codesOf(proc(`     1) орындаушы: «а»\n${DECIDE}`).replace('4. рәсім кеңсе-рәсімі: беруші арқылы', '4. рәсім кеңсе-рәсімі: кеңсе арқылы')),
  TRT2006: () => codesOf(proc(`     1) орындаушы: «а»\n        ұзақтығы: 5 минөт\n${DECIDE}`)),
  TRT2007: () => codesOf(proc(`     1) орындаушы: «а»\n        ұзақтығы: 5\n${DECIDE}`)),
  TRT2008: () => codesOf(proc(`     1) орындаушы: «а»\n        ұзақтығы: 5 минут\n        ұзақтығы: 6 минут\n${DECIDE}`)),
  TRT2009: () => codesOf(proc(`     1) орындаушы: «ЖСН тексереді»\n${DECIDE}`)),
  TRT2010: () => codesOf(proc(`     1) орындаушы: «а»\n        шешім: анықтама немесе бас тарту`).replace('бас тарту дәлелді-бас-тарту: «дәлелді жауап»', 'бас тарту дәлелді-бас-тарту: «дәлелді жауап»\n   бас тарту екінші: «басқа жауап»')),
  TRT2101: () => codesOf(proc(`     1) орындаушы: «а»\n        ұзақтығы: 30 (жиырма) минут\n${DECIDE}`)),
  TRT2102: () => codesOf(proc(`     1) орындаушы: «а»\n        ұзақтығы: он он минут\n${DECIDE}`)),
  TRT2103: () => codesOf(proc(`     1) орындаушы: «а»\n        ұзақтығы: 2 күн\n${DECIDE}`)),
  TRT2104: () => codesOf(proc(`     1) орындаушы: «а»\n        ұзақтығы: үш жұмыс күні ішінде\n${DECIDE}\n   мерзімі: екі жұмыс күні ішінде`)),
  TRT2201: () => codesOf(proc(`     1) кеңсе: «а»\n     1) орындаушы: «б»\n${DECIDE}`)),
  TRT2202: () => codesOf(proc(`     1) кеңсе: «а»\n     3) орындаушы: «б»\n${DECIDE}`)),
  TRT2301: () => codesOf(proc(`     1) кеңсе: «а»\n        → бас тарту\n     2) орындаушы: «б»\n${DECIDE}`)),
  TRT2302: () => codesOf(proc(`     1) 1-шарт кеңсе: «а»\n        иә → 2\n     2) орындаушы: «б»\n${DECIDE}`)),
  TRT2303: () => codesOf(proc(`     1) кеңсе: «а»\n     2) орындаушы: «б»\n        → 1`)),
  TRT2304: () => codesOf(proc(`     1) кеңсе: «а»\n     2) орындаушы: «б»\n${DECIDE}\n5. нәтижесі кеңсе-рәсімі 1: «құжаттар» → аяқталу`)),
  TRT2401: () => codesOf(act({ intake: 'қабылдау: беруші «кеңсе»; жүйе портал (портал): «портал»' })),
  TRT2402: () => codesOf(act({ intake: 'қабылдау: жүйе портал (портал): «портал»' })),
  TRT2901: () => codesOf(proc(`     1) орындаушы: «а»\n        ақау: «түпнұсқада қате»\n${DECIDE}`)),
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
      expect(e.code).toMatch(/^TRT[1239]\d{3}$/);
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
