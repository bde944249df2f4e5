// Types of what the tests import from bench-corpus.mjs (the generator of the benchmark corpus).
export interface CorpusFile {
  relative: string;
  source: string;
  base: string;
  broken: boolean;
}
/** The `count` acts of a benchmark set, in memory. */
export function corpusFiles(count: number, seed?: number): CorpusFile[];
