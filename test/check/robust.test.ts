// However broken the source, the checks and every report format answer with diagnostics, never a throw:
// mutated broken regulations still give a text report, a schema-valid JSON report and SARIF log, and
// well-formed GitHub annotations.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { formatGithubReport } from '../../src/diagnostics/format-github.js';
import { formatJsonReport } from '../../src/diagnostics/format-json.js';
import { formatSarif } from '../../src/diagnostics/format-sarif.js';
import { formatDiagnostic } from '../../src/diagnostics/format-text.js';
import { LineMap } from '../../src/text/line-map.js';
import { ROOT, draft07 } from './report-helpers.js';

const dir = path.join(ROOT, 'test/check/broken');
const sources = readdirSync(dir).filter((f) => f.endsWith('.tartip')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
const sarif = draft07().compile(JSON.parse(readFileSync(path.join(ROOT, 'test/check/fixtures/sarif-schema-2.1.0.json'), 'utf8')));
const report = new Ajv2020({ strict: true }).compile(JSON.parse(readFileSync(path.join(ROOT, 'schema/diagnostics-report.schema.json'), 'utf8')));

/** Deletes, repeats or swaps lines, or cuts the text short: the damage an editor or a bad merge does. */
const damaged = fc.tuple(fc.nat(sources.length - 1), fc.array(fc.tuple(fc.constantFrom('delete', 'repeat', 'swap', 'cut'), fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }))
  .map(([index, edits]) => {
    let lines = sources[index]!.split('\n');
    for (const [kind, a, b] of edits) {
      const i = a % lines.length;
      const j = b % lines.length;
      if (kind === 'delete') lines.splice(i, 1);
      else if (kind === 'repeat') lines.splice(i, 0, lines[i]!);
      else if (kind === 'swap') [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      else lines = lines.join('\n').slice(0, b % (lines.join('\n').length + 1)).split('\n');
      if (lines.length === 0) lines = [''];
    }
    return lines.join('\n');
  });

describe('reports on damaged sources', () => {
  it('are always produced, and always valid', () => {
    fc.assert(
      fc.property(damaged, (source) => {
        const { diagnostics } = compile(source, 'damaged.tartip');
        const lines = new LineMap(source);
        for (const d of diagnostics) {
          expect(d.range.start.line).toBeGreaterThanOrEqual(1);
          expect(d.range.end.offset).toBeLessThanOrEqual(source.length);
          expect(formatDiagnostic(d, lines, { language: 'both', color: false })).toContain(d.code);
        }
        expect(report(JSON.parse(formatJsonReport(diagnostics, ['damaged.tartip'])))).toBe(true);
        expect(sarif(JSON.parse(formatSarif(diagnostics, { language: 'both', version: '0.0.0' })))).toBe(true);
        const annotations = formatGithubReport(diagnostics, 1, 'both').trimEnd().split('\n');
        for (const line of annotations.slice(0, diagnostics.length)) expect(line).toMatch(/^::(error|warning|notice) file=[^:]*::[^\n\r]*$/);
      }),
      { numRuns: 150, seed: 20180514 },
    );
  });
});
