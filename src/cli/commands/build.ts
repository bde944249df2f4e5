// `tartip build`: the whole job for a folder — each regulation's JSON and BPMN, and every appendix in every format.
import type { LineMap } from '../../text/line-map.js';
import { printOutputReport, type Reporter } from '../report.js';
import { findSources, type SourceFile } from '../sources.js';
import { batchSummary, outputsExitCode } from '../run-files.js';
import { compileBatch } from '../workers/pool.js';
import { writeDefinitions } from './compile.js';
import { writeBpmnFiles } from './write-bpmn.js';
import { isInterrupted, startRendering, summary, writeDiagrams, type DiagramOptions, type RenderStart } from './diagram.js';

/**
 * Compiles every source under `dir`, writes «<out>/<name>.json», then «<out>/<name>/appendix-…»
 * in every requested format. A source with errors gets neither; the others are still built.
 */
export async function runBuild(dir: string, options: DiagramOptions, stdout: (s: string) => void, stderr: (s: string) => void): Promise<number> {
  const sources = findSources([dir]);
  const start = await startRendering(options.formats);
  try {
    return await build(sources, options, stdout, stderr, start);
  } finally {
    await start?.dispose();
  }
}

async function build(sources: SourceFile[], options: DiagramOptions, stdout: (s: string) => void, stderr: (s: string) => void, start: RenderStart | undefined): Promise<number> {
  const lineMaps = new Map<string, LineMap>();
  const outcomes = await compileBatch(sources, lineMaps, { keep: 'json', jobs: options.jobs });
  const diagnostics = outcomes.flatMap((o) => o.diagnostics);
  const { written: json, ioFailed: jsonFailed } = writeDefinitions(outcomes, options.outDir, diagnostics);
  const bpmn = await writeBpmnFiles(outcomes, options.outDir, diagnostics);
  const ioFailed = jsonFailed || bpmn.ioFailed;
  const reporter: Reporter = { language: options.language, color: options.color, sources: lineMaps };
  printOutputReport(reporter, diagnostics, sources.length, options.quiet, stderr);
  stderr(batchSummary(sources.map((s) => s.path), diagnostics, options.language));
  const run = await writeDiagrams(outcomes, options, stderr, start);
  if (!options.quiet) stdout(`${json}/${sources.length} .json, ${bpmn.written} .bpmn, ${summary(run.written, options.formats)} → ${options.outDir}\n`);
  if (isInterrupted(run.code)) return run.code;
  return outputsExitCode(diagnostics, ioFailed || run.code !== 0);
}
