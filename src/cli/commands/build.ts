// `tartip build`: the whole job for a folder — each regulation's JSON and every appendix in every format.
import type { LineMap } from '../../text/line-map.js';
import { noticeTo, printOutputReport, type Reporter } from '../report.js';
import { findSources } from '../sources.js';
import { batchSummary, outputsExitCode } from '../run-files.js';
import { compileBatch } from '../workers/pool.js';
import { writeDefinitions } from './compile.js';
import { summary, writeDiagrams, type DiagramOptions } from './diagram.js';

/**
 * Compiles every source under `dir`, writes «<out>/<name>.json», then «<out>/<name>/appendix-…»
 * in every requested format. A source with errors gets neither; the others are still built.
 */
export async function runBuild(dir: string, options: DiagramOptions, stdout: (s: string) => void, stderr: (s: string) => void): Promise<number> {
  const sources = findSources([dir], { notice: noticeTo(stderr, options.language), diagramFolders: true });
  const lineMaps = new Map<string, LineMap>();
  const outcomes = await compileBatch(sources, lineMaps, { keep: 'json', jobs: options.jobs });
  const diagnostics = outcomes.flatMap((o) => o.diagnostics);
  const { written: json, ioFailed } = writeDefinitions(outcomes, options.outDir, diagnostics);
  const reporter: Reporter = { language: options.language, color: options.color, sources: lineMaps };
  printOutputReport(reporter, diagnostics, sources.length, options.quiet, stderr);
  stderr(batchSummary(sources.map((s) => s.path), diagnostics, options.language));
  const run = await writeDiagrams(outcomes, options, stderr);
  if (!options.quiet) stdout(`${json}/${sources.length} .json, ${summary(run.written, options.formats)} → ${options.outDir}\n`);
  if (run.code === 130) return 130;
  return outputsExitCode(diagnostics, ioFailed || run.code !== 0);
}
