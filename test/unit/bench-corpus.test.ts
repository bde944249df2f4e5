// The benchmark corpus is made of acts that compile: only those broken on purpose have errors, so `npm run bench` measures real work.
import { describe, expect, it } from 'vitest';
import { corpusFiles } from '../../scripts/bench-corpus.mjs';
import { compile } from '../../src/compile.js';

describe('the generated benchmark corpus', () => {
  const files = corpusFiles(60);
  it.each(files.map((f) => ({ name: f.relative, base: f.base, file: f })))('$name (from $base)', ({ file }) => {
    const errors = compile(file.source, file.relative).diagnostics.filter((d) => d.severity === 'error');
    if (file.broken) expect(errors.length).toBeGreaterThan(0);
    else expect(errors.map((d) => `${d.code} ${d.range.start.line}`)).toEqual([]);
  });
  it('draws from every act in regulations/', () => {
    expect(new Set(files.map((f) => f.base)).size).toBeGreaterThanOrEqual(10);
  });
});
