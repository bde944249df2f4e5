// docs/DIAGNOSTICS.md is generated (npm run diagnostics-doc); this keeps it in step with the catalogue and the compiler.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_ENTRIES } from '../../src/diagnostics/catalogue.js';
import { renderDiagnosticsDoc } from '../helpers/diagnostics-doc.js';

const file = path.resolve(import.meta.dirname, '../../docs/DIAGNOSTICS.md');

describe('docs/DIAGNOSTICS.md', () => {
  it('is what the catalogue and the examples give today (run npm run diagnostics-doc after a change)', () => {
    expect(readFileSync(file, 'utf8')).toBe(renderDiagnosticsDoc());
  });

  it('has a section for every code', () => {
    const doc = readFileSync(file, 'utf8');
    for (const entry of CATALOGUE_ENTRIES) expect(doc).toContain(`### ${entry.code} \`${entry.name}\``);
  });
});
