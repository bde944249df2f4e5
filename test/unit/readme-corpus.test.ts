// The README's corpus table is the one the compiled regulations give (regenerate with npm run corpus-table).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
// @ts-expect-error -- a plain .mjs documentation script without type declarations
import { corpusTable } from '../../scripts/corpus-table.mjs';

const root = new URL('../../', import.meta.url);

describe('README corpus table', () => {
  it('matches the regulations in regulations/', () => {
    const files = readdirSync(new URL('regulations/', root)).filter((f) => f.endsWith('.tartip')).sort();
    const definitions = files.map((f) => compile(readFileSync(new URL(`regulations/${f}`, root), 'utf8'), f).json);
    expect(definitions.every((d) => d !== undefined)).toBe(true);
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const block = readme.slice(readme.indexOf('<!-- corpus-table:start -->') + '<!-- corpus-table:start -->'.length, readme.indexOf('<!-- corpus-table:end -->')).trim();
    expect(block).toBe((corpusTable as (d: unknown[]) => string)(definitions));
  });
});
