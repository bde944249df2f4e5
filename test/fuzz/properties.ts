// The fuzz properties over the corpus (regulations/, newspaper paragraphs), and the regression fixtures they leave.
//
// Each property generates a value and turns it into a source; the value is small and shrinkable
// (indices and mutations), the source is what is checked and what a regression fixture keeps.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { HEADER, applyAll, mutated, mutation, tokenStream } from './arbitraries.js';

export interface Corpus {
  /** Every file of regulations/, by name. */
  regulations: Array<{ name: string; text: string }>;
  /** Every paragraph of the newspaper (test/fixtures/newspaper/), by file name. */
  paragraphs: Array<{ name: string; text: string }>;
}

export interface FuzzProperty<T = unknown> {
  name: string;
  /** What a case is, in a few words, for the report. */
  about: string;
  arbitrary: fc.Arbitrary<T>;
  source(value: T): string;
}

function readDir(dir: string, pattern: RegExp): Array<{ name: string; text: string }> {
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
}

export function loadCorpus(root: string): Corpus {
  return {
    regulations: readDir(path.join(root, 'regulations'), /\.tartip$/),
    paragraphs: readDir(path.join(root, 'test/fixtures/newspaper'), /^L\d{5}\.txt$/),
  };
}

function property<T>(p: FuzzProperty<T>): FuzzProperty {
  return p as FuzzProperty;
}

export function fuzzProperties(corpus: Corpus): FuzzProperty[] {
  const regulations = corpus.regulations.map((r) => r.text);
  const paragraphs = corpus.paragraphs.map((p) => p.text);
  return [
    property({
      name: 'tokens',
      about: 'random token streams from the keyword, numeral and vocabulary tables',
      arbitrary: tokenStream,
      source: (value) => value,
    }),
    property({
      name: 'regulations',
      about: 'every regulation with lines deleted, duplicated, swapped, truncated, noise inserted',
      arbitrary: mutated(regulations),
      source: ({ file, mutations }) => applyAll(regulations[file]!, mutations),
    }),
    property({
      name: 'newspaper',
      about: 'newspaper paragraphs, raw or after a header, mutated',
      arbitrary: fc.record({
        paragraph: fc.nat({ max: paragraphs.length - 1 }),
        header: fc.boolean(),
        mutations: fc.array(mutation, { maxLength: 3 }),
      }),
      source: ({ paragraph, header, mutations }) => (header ? `${HEADER}1. ` : '') + applyAll(paragraphs[paragraph]!, mutations),
    }),
    property({
      name: 'splice',
      about: 'a newspaper paragraph pasted into a regulation (broken columns)',
      arbitrary: fc.record({
        file: fc.nat({ max: regulations.length - 1 }),
        paragraph: fc.nat({ max: paragraphs.length - 1 }),
        at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      }),
      source: ({ file, paragraph, at }) => {
        const lines = regulations[file]!.split('\n');
        const line = Math.floor(at * lines.length);
        return [...lines.slice(0, line), paragraphs[paragraph]!, ...lines.slice(line)].join('\n');
      },
    }),
  ];
}

// ---- regression fixtures --------------------------------------------------------------------

export interface Regression {
  property: string;
  /** How fast-check can regenerate it: `npm run fuzz -- --property P --seed S --path X`. */
  seed: number;
  path: string;
  /** The failure when it was found. */
  error: string;
  /** The input itself; JSON keeps lone surrogates and NULs that a .tartip file could not. */
  source: string;
}

export const REGRESSIONS_DIR = 'test/fuzz/regressions';

export function loadRegressions(root: string): Array<{ name: string; regression: Regression }> {
  const dir = path.join(root, REGRESSIONS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, regression: JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Regression }));
}

/** Saves a failing input under a name derived from its content, so the same failure is kept once. */
export function saveRegression(root: string, regression: Regression): string {
  const hash = createHash('sha256').update(JSON.stringify(regression.source)).digest('hex').slice(0, 12);
  const file = path.join(root, REGRESSIONS_DIR, `${regression.property}-${hash}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(regression, null, 2)}\n`);
  return file;
}
