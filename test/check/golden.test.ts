// The deliberately broken regulations of test/check/broken/ give exactly the reviewed diagnostics, in
// every format; the SARIF log validates against the official SARIF 2.1.0 schema, the JSON report
// against schema/diagnostics-report.schema.json.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, check, draft07 } from './report-helpers.js';

const BROKEN = 'test/check/broken';

beforeAll(() => {
  // Paths in the reports are relative to the working directory, as in a CI job run at the repository root.
  process.chdir(ROOT);
});

describe('tartip check test/check/broken', () => {
  it.each(['kk', 'en', 'both'] as const)('prints the text report in %s', async (language) => {
    const { code, out } = check([BROKEN], { language });
    expect(code).toBe(1);
    await expect(out).toMatchFileSnapshot(`golden/broken.${language}.txt`);
  });

  it('prints the JSON report, valid against its documented schema', async () => {
    const { code, out } = check([BROKEN], { format: 'json' });
    expect(code).toBe(1);
    const schema = JSON.parse(readFileSync('schema/diagnostics-report.schema.json', 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    const report = JSON.parse(out);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    await expect(out).toMatchFileSnapshot('golden/broken.json');
  });

  it('prints a SARIF 2.1.0 log, valid against the official schema', async () => {
    const { code, out } = check([BROKEN], { format: 'sarif', language: 'en' });
    expect(code).toBe(1);
    const schema = JSON.parse(readFileSync('test/check/fixtures/sarif-schema-2.1.0.json', 'utf8'));
    const validate = draft07().compile(schema);
    const log = JSON.parse(out);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    // The schema is strict enough to catch a slip: a level SARIF does not know.
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
    await expect(out).toMatchFileSnapshot('golden/broken.sarif');
  });

  it('prints GitHub Actions annotations', async () => {
    const { code, out } = check([BROKEN], { format: 'github', language: 'en' });
    expect(code).toBe(1);
    for (const line of out.trimEnd().split('\n').slice(0, -1)) expect(line).toMatch(/^::(error|warning|notice) file=[^:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=TRT\d{4}::\S/);
    await expect(out).toMatchFileSnapshot('golden/broken.github.txt');
  });

  it('fires every legal check at least once', () => {
    const report = JSON.parse(check([BROKEN], { format: 'json' }).out) as { diagnostics: { code: string; acknowledged?: true }[] };
    const codes = new Set(report.diagnostics.map((d) => d.code));
    for (const code of ['TRT2001', 'TRT2002', 'TRT2003', 'TRT2004', 'TRT2005', 'TRT2009', 'TRT2101', 'TRT2102', 'TRT2103', 'TRT2104',
      'TRT2201', 'TRT2202', 'TRT2301', 'TRT2302', 'TRT2303', 'TRT2304', 'TRT2401', 'TRT2402', 'TRT2901']) {
      expect(codes, code).toContain(code);
    }
    expect(report.diagnostics.some((d) => d.acknowledged)).toBe(true);
  });
});

describe('tartip check regulations/', () => {
  it('is clean: no errors, no warnings', () => {
    const { code, out } = check(['regulations'], { format: 'json' });
    const report = JSON.parse(out) as { summary: { errors: number; warnings: number } };
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(code).toBe(0);
    expect(check(['regulations'], { maxWarnings: 0 }).code).toBe(0);
  });
});
