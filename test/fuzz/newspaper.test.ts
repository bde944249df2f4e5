// Every paragraph of the 2018 newspaper, fed to the compiler as a source: raw, and after a regulation header.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER } from './arbitraries.js';
import { checkOnce, checkSource } from './invariants.js';
import { loadCorpus } from './properties.js';

const root = path.resolve(import.meta.dirname, '../..');
const { paragraphs } = loadCorpus(root);

describe('newspaper paragraphs as sources', () => {
  it('has the whole newspaper to read', () => {
    expect(paragraphs.length).toBeGreaterThan(1000);
  });

  // Raw, each paragraph is compiled twice (determinism); after a header, which reaches the binder and
  // the checks, once: the whole newspaper three times over is what the CI budget allows.
  it('answers every paragraph with well-formed diagnostics, the same twice', () => {
    for (const { name, text } of paragraphs) {
      try {
        checkSource(text);
      } catch (error) {
        throw new Error(`${name}: ${(error as Error).stack}`);
      }
    }
  });

  it('answers every paragraph after a regulation header with well-formed diagnostics', () => {
    for (const { name, text } of paragraphs) {
      try {
        checkOnce(`${HEADER}1. ${text}`);
      } catch (error) {
        throw new Error(`${name} (after a header): ${(error as Error).stack}`);
      }
    }
  });
});
