// Replays every input a fuzz campaign ever found failing (test/fuzz/regressions/*.json), so no fix can regress.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from './invariants.js';
import { fuzzProperties, loadCorpus, loadRegressions } from './properties.js';

const root = path.resolve(import.meta.dirname, '../..');
const regressions = loadRegressions(root);
const properties = new Set(fuzzProperties(loadCorpus(root)).map((p) => p.name));

describe('fuzz regressions', () => {
  it('keeps its fixtures where scripts/fuzz.mjs saves them', () => {
    expect(regressions.every(({ name }) => /^[a-z]+-[0-9a-f]{12}\.json$/.test(name))).toBe(true);
  });

  it.each(regressions)('$name', ({ regression }) => {
    expect(properties.has(regression.property) || regression.property === 'hang').toBe(true);
    checkSource(regression.source);
  });
});
