// Report formats: GitHub workflow commands (escaping), SARIF locations, the text summary, the JSON report.
import { describe, expect, it } from 'vitest';
import { createDiagnostic } from '../../src/diagnostics/create.js';
import { escapeData, escapeProperty, formatGithubAnnotation } from '../../src/diagnostics/format-github.js';
import { formatJsonReport } from '../../src/diagnostics/format-json.js';
import { artifactUri, formatSarif } from '../../src/diagnostics/format-sarif.js';
import { formatSummary } from '../../src/diagnostics/format-text.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

const at = (line: number, column: number) => ({ line, column, offset: 0 });
const range = { start: at(3, 5), end: at(3, 9) };

function unused(file = 'regs/a,b:c.tartip'): Diagnostic {
  return createDiagnostic('TRT2003', file, range, { name: '50%\nжоқ', what: { kk: 'қатысушы', en: 'participant' } });
}

describe('GitHub workflow commands', () => {
  it('escapes %, CR and LF in the message, and also «,» and «:» in properties', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('C:\\x,y')).toBe('C%3A\\x%2Cy');
  });

  it('writes one annotation per diagnostic with its range and code', () => {
    expect(formatGithubAnnotation(unused(), 'en')).toBe(
      '::warning file=regs/a%2Cb%3Ac.tartip,line=3,col=5,endLine=3,endColumn=9,title=TRT2003::participant «50%25%0Aжоқ» is declared but never used',
    );
  });

  it('maps info to a notice and joins both languages with an escaped line break', () => {
    const d = { ...unused('a.tartip'), severity: 'info' as const };
    expect(formatGithubAnnotation(d, 'both')).toMatch(/^::notice file=a\.tartip,.*::«50%25%0Aжоқ» деген қатысушы .*%0Aparticipant «50%25%0Aжоқ»/);
  });
});

describe('SARIF', () => {
  it('keeps relative paths relative, with forward slashes and percent-encoding', () => {
    expect(artifactUri('regulations/рег 1.tartip')).toBe('regulations/%D1%80%D0%B5%D0%B3%201.tartip');
    expect(artifactUri('regulations\\a.tartip')).toBe('regulations/a.tartip');
    expect(artifactUri('/work/a b.tartip')).toBe('file:///work/a%20b.tartip');
  });

  it('lists each rule once, points results at it, and carries the fix', () => {
    const fix = { message: { kk: 'түзету', en: 'fix it' }, range, replacement: 'орындаушы' };
    const log = JSON.parse(formatSarif([unused('a.tartip'), { ...unused('b.tartip'), fix }], { language: 'en', version: '9.9.9' }));
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'tartip', version: '9.9.9', rules: [{ id: 'TRT2003', name: 'unused-name', defaultConfiguration: { level: 'warning' } }] });
    expect(run.tool.driver.rules[0].shortDescription.text).toBe('… «…» is declared but never used');
    expect(run.results.map((r: { ruleIndex: number }) => r.ruleIndex)).toEqual([0, 0]);
    expect(run.results[1].fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 }, insertedContent: { text: 'орындаушы' },
    });
  });

  it('marks an acknowledged defect as suppressed in source, with the record as the justification', () => {
    const related = { file: 'a.tartip', range: { start: at(7, 2), end: at(7, 9) }, message: { kk: 'ақау осында', en: 'recorded here' } };
    const log = JSON.parse(formatSarif([{ ...unused('a.tartip'), severity: 'info', acknowledged: true, related: [related] }], { language: 'en', version: '1' }));
    expect(log.runs[0].results[0]).toMatchObject({ level: 'note', suppressions: [{ kind: 'inSource', justification: 'recorded here (a.tartip:7:2)' }] });
  });
});

describe('summary and JSON report', () => {
  it('counts notes apart from problems', () => {
    const info = { ...unused(), severity: 'info' as const };
    expect(formatSummary([info], 2, { language: 'en', color: false })).toBe('Checked 2 files: no problems (1 note).');
    expect(formatSummary([unused(), info], 1, { language: 'kk', color: false })).toBe('1 файл: 0 қате, 1 ескерту (1 ақпарат).');
  });

  it('names each code and marks acknowledged findings', () => {
    const report = JSON.parse(formatJsonReport([{ ...unused(), severity: 'info', acknowledged: true }], ['a.tartip']));
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 1 });
    expect(report.diagnostics[0]).toMatchObject({ code: 'TRT2003', name: 'unused-name', acknowledged: true });
  });
});
