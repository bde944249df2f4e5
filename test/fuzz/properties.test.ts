// Property-based robustness suite: for generated and mutated sources, nothing throws, diagnostics are well formed, output is deterministic.
//
// CI runs a bounded number of cases with a fixed seed (so a failure reproduces); FUZZ_RUNS scales them,
// FUZZ_SEED changes the seed. Long campaigns use `npm run fuzz -- --runs N`, which saves what fails.
import path from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkSource } from './invariants.js';
import { fuzzProperties, loadCorpus } from './properties.js';

const root = path.resolve(import.meta.dirname, '../..');
const scale = Number(process.env.FUZZ_RUNS ?? 1);
const seed = Number(process.env.FUZZ_SEED ?? 20180514);

/** Cases per property in CI: sized so the whole fuzz folder stays well under a minute on two cores. */
const RUNS: Record<string, number> = { tokens: 400, regulations: 150, newspaper: 300, splice: 60 };

describe('fuzz properties', () => {
  for (const property of fuzzProperties(loadCorpus(root))) {
    it(`${property.name}: ${property.about}`, () => {
      fc.assert(
        fc.property(property.arbitrary, (value) => {
          checkSource(property.source(value));
        }),
        { numRuns: Math.max(1, Math.round((RUNS[property.name] ?? 100) * scale)), seed },
      );
    });
  }
});
