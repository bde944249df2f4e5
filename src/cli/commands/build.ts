// `tartip build`: the whole job for a folder — each regulation's JSON and every appendix in every format.
import { createDiagnostic } from '../../diagnostics/create.js';
import { hasErrors } from '../../compile.js';
import type { LineMap } from '../../syntax/line-map.js';
import { printDiagnostics, type Reporter } from '../report.js';
import { findSources } from '../sources.js';
import { compileBatch } from '../workers/pool.js';
import { outputPath, writeAtomic } from '../write-output.js';
import { serializeJson } from './compile.js';
import { summary, writeDiagrams, type DiagramOptions } from './diagram.js';

/**
 * Compiles every source under `dir`, writes «<out>/<name>.json», then «<out>/<name>/appendix-…»
 * in every requested format. A source with errors gets neither; the others are still built.
 */
export async function runBuild(dir: string, options: DiagramOptions, stdout: (s: string) => void, stderr: (s: string) => void): Promise<number> {
  const sources = findSources([dir]);
  const lineMaps = new Map<string, LineMap>();
  const outcomes = await compileBatch(sources, lineMaps, { keep: 'json', jobs: options.jobs });
  const diagnostics = outcomes.flatMap((o) => o.diagnostics);
  let json = 0;
  let ioFailed = false;
  for (const outcome of outcomes) {
    const definition = outcome.result?.json;
    if (!definition || hasErrors(outcome.diagnostics)) continue;
    const target = outputPath(options.outDir, `${outcome.source.outputName}.json`);
    try {
      writeAtomic(target, serializeJson(definition));
      json++;
    } catch (error) {
      ioFailed = true;
      const at = { line: 1, column: 1, offset: 0 };
      diagnostics.push(createDiagnostic('TRT9002', outcome.source.path, { start: at, end: at }, { path: target, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
    }
  }
  const reporter: Reporter = { language: options.language, color: options.color, sources: lineMaps };
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  if (shown.length > 0 || !options.quiet) printDiagnostics(reporter, shown, sources.length, stderr);
  const run = await writeDiagrams(outcomes, options, stderr);
  if (!options.quiet) stdout(`${json}/${sources.length} .json, ${summary(run.written, options.formats)} → ${options.outDir}\n`);
  if (run.code === 130) return 130;
  if (ioFailed || run.code !== 0) return 2;
  return hasErrors(diagnostics) ? 1 : 0;
}
