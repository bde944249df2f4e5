// Applying the fixes diagnostics offer: overlapping, stale and no-op fixes are left for a later pass.
import { describe, expect, it } from 'vitest';
import { applyFixes, compatibleFixes } from '../../src/fixes/apply-fixes.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

const at = (offset: number) => ({ line: 1, column: offset + 1, offset });

function withFix(code: string, start: number, end: number, replacement: string): Diagnostic {
  const range = { start: at(start), end: at(end) };
  return { code, severity: 'error', message: { kk: '', en: '' }, file: 'f', range, related: [], fix: { message: { kk: '', en: '' }, range, replacement } };
}

describe('compatible fixes', () => {
  const text = 'кеңсe басшв отыз';

  it('applies fixes from the end, so each keeps its offsets', () => {
    const fixes = compatibleFixes(text, [withFix('B', 6, 11, 'басшы'), withFix('A', 0, 5, 'кеңсе')]);
    expect(fixes.map((d) => d.code)).toEqual(['A', 'B']);
    expect(applyFixes(text, fixes)).toBe('кеңсе басшы отыз');
  });

  it('takes the first of two overlapping fixes and leaves the other for the next pass', () => {
    const fixes = compatibleFixes(text, [withFix('A', 0, 5, 'кеңсе'), withFix('B', 3, 8, 'x')]);
    expect(fixes.map((d) => d.code)).toEqual(['A']);
  });

  it('skips a fix that would change nothing, one past the end of the text, and a diagnostic without a fix', () => {
    const plain: Diagnostic = { ...withFix('C', 0, 1, ''), fix: undefined };
    delete plain.fix;
    expect(compatibleFixes(text, [withFix('A', 12, 16, 'отыз'), withFix('B', 10, 40, 'x'), plain])).toEqual([]);
  });
});
