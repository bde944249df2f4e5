// Severity settings: `--rule` flags, tartip.config.json (found upwards from each source), their errors.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCode } from '../../src/cli/commands/check.js';
import { ConfigError, findConfig, parseRuleFlags, readConfig, resolveRules } from '../../src/cli/config.js';
import { createDiagnostic } from '../../src/diagnostics/create.js';
import { applyRules, lookUpRule } from '../../src/diagnostics/severity.js';

const at = { line: 1, column: 1, offset: 0 };
const d = (code: string, args = {}) => createDiagnostic(code, 'a.tartip', { start: at, end: at }, args);

function thrown(f: () => unknown): ConfigError {
  try {
    f();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

function tempTree(): string {
  return mkdtempSync(path.join(tmpdir(), 'tartip-config-'));
}

describe('rules', () => {
  it('are named by code or by name; only source diagnostics are configurable', () => {
    expect(lookUpRule('TRT2003')).toEqual({ ok: true, code: 'TRT2003' });
    expect(lookUpRule('trt2003')).toEqual({ ok: true, code: 'TRT2003' });
    expect(lookUpRule('duplicate-number')).toEqual({ ok: true, code: 'TRT2201' });
    expect(lookUpRule('TRT9001')).toEqual({ ok: false, reason: 'fixed' });
    expect(lookUpRule('TRT2999')).toEqual({ ok: false, reason: 'unknown' });
  });

  it('turn a finding off, down or up', () => {
    const list = [d('TRT2003', { name: 'x', what: 'y' }), d('TRT2201', { what: 'x', number: 1 })];
    const rules = parseRuleFlags(['TRT2003=off', 'duplicate-number=error']);
    expect(applyRules(list, rules).map((x) => `${x.code} ${x.severity}`)).toEqual(['TRT2201 error']);
  });

  it('reject a malformed flag, an unknown rule (with a suggestion) and a bad severity', () => {
    expect(thrown(() => parseRuleFlags(['TRT2003'])).code).toBe('TRT9006');
    const unknown = thrown(() => parseRuleFlags(['unused-nmae=off']));
    expect(unknown.code).toBe('TRT9008');
    expect(unknown.args.hint).toEqual({ kk: '; «unused-name» болуы керек пе?', en: '; did you mean «unused-name»?' });
    expect(thrown(() => parseRuleFlags(['TRT2003=loud'])).args).toMatchObject({ value: 'loud', expected: 'off, info, warning, error' });
    expect(thrown(() => parseRuleFlags(['TRT9001=off'])).code).toBe('TRT9009');
  });
});

describe('tartip.config.json', () => {
  it('is read and validated', () => {
    const dir = tempTree();
    const file = path.join(dir, 'tartip.config.json');
    writeFileSync(file, '{ "$schema": "x", "rules": { "TRT2003": "off", "number-gap": "error" } }');
    expect([...readConfig(file)]).toEqual([['TRT2003', 'off'], ['TRT2202', 'error']]);
    for (const [text, code] of [['{', 'TRT9007'], ['[]', 'TRT9007'], ['{"rule": {}}', 'TRT9007'], ['{"rules": []}', 'TRT9007'],
      ['{"rules": {"TRT2003": 2}}', 'TRT9006'], ['{"rules": {"nope": "off"}}', 'TRT9008']] as const) {
      writeFileSync(file, text);
      expect(thrown(() => readConfig(file)).code, text).toBe(code);
    }
    expect(thrown(() => readConfig(path.join(dir, 'missing.json'))).code).toBe('TRT9001');
  });

  it('is the nearest one above each source, with the flags on top', () => {
    const root = tempTree();
    mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    mkdirSync(path.join(root, 'c'));
    writeFileSync(path.join(root, 'tartip.config.json'), '{"rules": {"TRT2003": "error"}}');
    writeFileSync(path.join(root, 'a', 'tartip.config.json'), '{"rules": {"TRT2003": "off", "TRT2201": "off"}}');
    expect(findConfig(path.join(root, 'a', 'b'))).toBe(path.join(root, 'a', 'tartip.config.json'));
    const inner = path.join(root, 'a', 'b', 'x.tartip');
    const outer = path.join(root, 'c', 'y.tartip');
    const rulesFor = resolveRules([inner, outer], undefined, parseRuleFlags(['TRT2201=error']));
    expect([...rulesFor(inner)]).toEqual([['TRT2003', 'off'], ['TRT2201', 'error']]);
    expect([...rulesFor(outer)]).toEqual([['TRT2003', 'error'], ['TRT2201', 'error']]);
    const explicit = path.join(root, 'tartip.config.json');
    expect([...resolveRules([inner], explicit, new Map())(inner)]).toEqual([['TRT2003', 'error']]);
  });
});

describe('exit codes', () => {
  it('are 2 for an unreadable file, 1 for errors or too many warnings, 0 otherwise', () => {
    const warning = d('TRT2003', { name: 'x', what: 'y' });
    expect(exitCode([], undefined)).toBe(0);
    expect(exitCode([warning], undefined)).toBe(0);
    expect(exitCode([warning], 1)).toBe(0);
    expect(exitCode([warning, warning], 1)).toBe(1);
    expect(exitCode([{ ...warning, severity: 'error' }], undefined)).toBe(1);
    expect(exitCode([d('TRT9001', { path: 'x', reason: 'EACCES' }), { ...warning, severity: 'error' }], undefined)).toBe(2);
  });
});
