// Error recovery, measured on real slips in real acts: each gives one finding that names the fix, never a cascade.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { formatDiagnostic } from '../../src/diagnostics/format-text.js';
import { LineMap } from '../../src/text/line-map.js';
import { SLIPS, slipped } from './apply.js';

describe('one slip, one error', () => {
  it('starts from acts that are clean', () => {
    for (const act of new Set(SLIPS.map((s) => s.act))) {
      const source = slipped({ ...SLIPS[0]!, act, from: '', to: '' });
      expect(compile(source, act).diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code), act).toEqual([]);
    }
  });

  for (const slip of SLIPS) {
    it(`${slip.id}: ${slip.what}`, async () => {
      const file = `slips/${slip.id}.tartip`;
      const result = compile(slipped(slip), file);
      const problems = result.diagnostics.filter((d) => d.severity !== 'info');
      expect(problems.map((d) => d.code)).toEqual([slip.code]);
      expect(problems.filter((d) => d.severity === 'error')).toHaveLength(slip.errors);
      expect(problems.filter((d) => d.severity === 'warning')).toHaveLength(slip.warnings);
      const lines = new LineMap(slipped(slip));
      const report = problems.map((d) => formatDiagnostic(d, lines, { language: 'both', color: false })).join('\n');
      await expect(`${slip.what}\n\n${report}`).toMatchFileSnapshot(`golden/${slip.id}.txt`);
    });
  }
});
