// Every regulation in regulations/ compiles with zero errors, validates, and matches its reviewed golden JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';

const dir = new URL('../../regulations/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.tartip')).sort();

describe('regulations/', () => {
  it('holds the encoded acts', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  // Notes (severity info) are expected: each `ақау:` reports the act's recorded defect as a note.
  it.each(files)('%s compiles without errors or warnings and matches its golden JSON', async (name) => {
    const source = readFileSync(new URL(name, dir), 'utf8');
    const result = compile(source, `regulations/${name}`, name);
    const problems = result.diagnostics.filter((d) => d.severity !== 'info');
    expect(problems.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code} ${d.message.en}`)).toEqual([]);
    expect(result.json).toBeDefined();
    await expect(`${JSON.stringify(result.json, null, 2)}\n`).toMatchFileSnapshot(`json/${name.replace(/\.tartip$/, '.json')}`);
  });

  it.each(files)('%s compiles to byte-identical JSON twice', (name) => {
    const source = readFileSync(new URL(name, dir), 'utf8');
    expect(JSON.stringify(compile(source, name).json)).toBe(JSON.stringify(compile(source, name).json));
  });
});
