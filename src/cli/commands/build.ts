// `tartip build`: the whole job for a folder — each regulation's JSON and BPMN, and every appendix in every format.
import type { LineMap } from '../../text/line-map.js';
import { noticeTo, printOutputReport, type Reporter } from '../report.js';
import { findSources, type SourceFile } from '../sources.js';
import { batchSummary, outputsExitCode } from '../run-files.js';
import { compileBatch } from '../workers/pool.js';
import { writeDefinitions } from './compile.js';
import { writeBpmnFiles } from './write-bpmn.js';
import { isInterrupted, startRendering, summary, writeDiagrams, type DiagramOptions, type RenderStart } from './diagram.js';

/**
 * Compiles every source under `dir`, writes «<out>/<name>.json», then «<out>/<name>/appendix-…»
 * in every requested format, then the act itself («<out>/<name>.docx», .html, .pdf). A source with
 * errors gets none of them; the others are still built.
 */
export async function runBuild(dir: string, options: DiagramOptions, stdout: (s: string) => void, stderr: (s: string) => void): Promise<number> {
  const sources = findSources([dir], { notice: noticeTo(stderr, options.language), diagramFolders: true });
  const start = await startRendering(options.formats, options.chartTimeout);
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
  // The charts drawn for the appendices are drawn once: the documents take the same SVGs, and do not try
  // again a chart that failed here (null; reported already): a huge one would cost its time budget twice.
  const drawn = new Map<string, Map<string, string | null>>();
  const keep = (key: string, diagram: string, svg: string | null) => void (drawn.get(key) ?? drawn.set(key, new Map()).get(key)!).set(diagram, svg);
  const run = await writeDiagrams(outcomes, options, stderr, start, keep);
  if (isInterrupted(run.code)) return run.code;
  // The act's document too, loaded only here and compiled again on this thread (it needs the bound model);
  // not for `-f mmd`, which asks for text without a browser.
  let documents = { code: 0, written: '' };
  if (options.formats.some((f) => f !== 'mmd')) {
    const { DOCUMENT_FORMATS, documentSummary, writeDocuments } = await import('./document.js');
    const compiled = new Set(outcomes.filter((o) => o.result?.json).map((o) => o.source.path));
    const done = await writeDocuments(sources.filter((s) => compiled.has(s.path)), new Map(), [], { ...options, formats: [...DOCUMENT_FORMATS] }, stderr, drawn);
    documents = { code: done.code, written: `, ${documentSummary(done.written, [...DOCUMENT_FORMATS])}` };
  }
  if (!options.quiet) stdout(`${json}/${sources.length} .json, ${bpmn.written} .bpmn, ${summary(run.written, options.formats)}${documents.written} → ${options.outDir}\n`);
  return outputsExitCode(diagnostics, ioFailed || run.code !== 0 || documents.code !== 0);
}
