// `tartip diagram`: writes every appendix chart as Mermaid text and renders it to SVG, PNG and PDF.
import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import { hasErrors } from '../../compile.js';
import type { Language } from '../../diagnostics/format-text.js';
import { emitDiagrams, type DiagramSource, type RegulationDiagrams } from '../../emit/mermaid/emit-diagrams.js';
import type { SwimlaneLayout } from '../../emit/mermaid/style.js';
import type { ImageFormat, RenderInput } from '../../render/batch.js';
import { discoverBrowser } from '../../render/browser-discovery.js';
import type { ProgressStream } from '../../render/progress.js';
import type { LineMap } from '../../text/line-map.js';
import { cliMessage, printOutputReport, type Reporter } from '../report.js';
import { batchSummary, mergeOutcomes, outputsExitCode, type FileOutcome } from '../run-files.js';
import { readDefinition } from '../read-definition.js';
import { findSources, type SourceFile } from '../sources.js';
import { compileBatch } from '../workers/pool.js';
import { outputPath, writeAtomic } from '../write-output.js';

export const DIAGRAM_FORMATS = ['mmd', 'svg', 'png', 'pdf'] as const;
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];

/** Parses `--format mmd,svg,png,pdf`; the order given does not matter. */
export function parseFormats(value: string): DiagramFormat[] {
  const parts = value.split(',').map((p) => p.trim().toLowerCase()).filter((p) => p !== '');
  const bad = parts.find((p) => !(DIAGRAM_FORMATS as readonly string[]).includes(p));
  if (bad !== undefined || parts.length === 0) throw new InvalidArgumentError(`expected a comma-separated list of ${DIAGRAM_FORMATS.join(', ')}`);
  return DIAGRAM_FORMATS.filter((f) => parts.includes(f));
}

export interface DiagramOptions {
  outDir: string;
  formats: DiagramFormat[];
  language: Language;
  color: boolean;
  quiet: boolean;
  /** Where the progress bar is drawn (stderr); it appears only on a terminal. */
  progress: ProgressStream;
  /** The most threads to compile on (`--jobs`); by default the cores available. */
  jobs?: number | undefined;
  /** `--layout`: how the swimlane charts are laid out. */
  layout?: SwimlaneLayout | undefined;
}

export interface DiagramRun {
  /** 0 ok, 2 an output could not be produced, 130 interrupted. */
  code: number;
  written: Record<DiagramFormat, number>;
}

/** Where a regulation's diagram goes: «<out>/<regulation>/<appendix-…>.<ext>». */
export function diagramPath(outDir: string, regulation: string, diagram: DiagramSource, format: DiagramFormat): string {
  return outputPath(outDir, `${regulation}/${diagram.name}.${format}`);
}

/**
 * Writes the `.mmd` of every compiled regulation (always), then renders the requested image
 * formats in one browser. Without a browser the Mermaid text is still written and the reason is
 * reported. Rendering is loaded only here, so other commands never load puppeteer.
 */
export async function writeDiagrams(outcomes: FileOutcome[], options: DiagramOptions, stderr: (s: string) => void): Promise<DiagramRun> {
  const written: Record<DiagramFormat, number> = { mmd: 0, svg: 0, png: 0, pdf: 0 };
  const inputs: RenderInput[] = [];
  let code = 0;
  const store = (target: string, data: string | Uint8Array, format: DiagramFormat): void => {
    try {
      writeAtomic(target, data);
      written[format]++;
    } catch (error) {
      code = 2;
      stderr(cliMessage('TRT9002', { path: target, reason: (error as NodeJS.ErrnoException).code ?? String(error) }, options.language));
    }
  };
  for (const outcome of outcomes) {
    const json = outcome.result?.json;
    if (!json || hasErrors(outcome.diagnostics)) continue;
    const diagrams: RegulationDiagrams = emitDiagrams(json, { layout: options.layout ?? 'rows' });
    for (const d of diagrams.diagrams) store(diagramPath(options.outDir, outcome.source.outputName, d, 'mmd'), d.mermaid, 'mmd');
    inputs.push({ key: outcome.source.outputName, diagrams });
  }
  const images = options.formats.filter((f): f is ImageFormat => f !== 'mmd');
  if (images.length === 0 || inputs.every((i) => i.diagrams.diagrams.length === 0)) return { code, written };

  const browser = discoverBrowser();
  if (!browser.found) {
    const message = browser.reason === 'env-not-executable' ? cliMessage('TRT3102', { path: browser.tried[0]! }, options.language) : cliMessage('TRT3101', { tried: browser.tried.join(', ') }, options.language);
    stderr(message);
    return { code: 2, written };
  }

  const [{ renderBatch }, { createProgress }, { watchInterrupts }] = await Promise.all([import('../../render/batch.js'), import('../../render/progress.js'), import('../../render/interrupt.js')]);
  const total = inputs.reduce((n, i) => n + i.diagrams.diagrams.length, 0);
  const progress = createProgress(options.progress, options.quiet ? 0 : total);
  const interrupts = watchInterrupts(process, () => progress.finish());
  try {
    const result = await renderBatch(inputs, {
      formats: images,
      browserPath: browser.path,
      // A page per core, up to four: each page lays diagrams out on its own renderer thread.
      pages: Math.min(4, availableParallelism()),
      signal: interrupts.signal,
      force: interrupts.force,
      onProgress: (done, all, label) => progress.update(done, all, label),
      write: (key, diagram, format, data) => store(diagramPath(options.outDir, key, diagram, format), data, format),
    });
    progress.finish();
    for (const failure of result.failures) {
      code = 2;
      stderr(cliMessage('TRT3104', { diagram: `${failure.key}/${failure.diagram}`, reason: failure.reason }, options.language));
    }
    if (result.interrupted) {
      stderr(cliMessage('TRT3105', { done: result.rendered, total }, options.language));
      return { code: 130, written };
    }
  } catch (error) {
    progress.finish();
    stderr(cliMessage('TRT3103', { path: browser.path, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) }, options.language));
    return { code: 2, written };
  } finally {
    interrupts.dispose();
  }
  return { code, written };
}

export function summary(written: Record<DiagramFormat, number>, formats: DiagramFormat[]): string {
  return DIAGRAM_FORMATS.filter((f) => f === 'mmd' || formats.includes(f))
    .map((f) => `${written[f]} .${f}`)
    .join(', ');
}

/**
 * Compiles the sources, and reads back the compiled definitions named on the command line (`.json`),
 * keeping the order the files were given in.
 */
async function definitionsOf(sources: SourceFile[], lineMaps: Map<string, LineMap>, jobs: number | undefined): Promise<FileOutcome[]> {
  const read = new Map<number, FileOutcome>();
  sources.forEach((source, index) => {
    if (!source.path.endsWith('.json')) return;
    const definition = readDefinition(source.path);
    if (definition.lines) lineMaps.set(source.path, definition.lines);
    read.set(index, definition.ok
      ? { source, result: { file: source.path, diagnostics: [], json: definition.definition }, diagnostics: [] }
      : { source, result: undefined, diagnostics: [definition.diagnostic] });
  });
  const compiled = await compileBatch(sources.filter((_, index) => !read.has(index)), lineMaps, { keep: 'json', jobs });
  return mergeOutcomes(sources, read, compiled);
}

export async function runDiagram(inputs: string[], options: DiagramOptions, stdout: (s: string) => void, stderr: (s: string) => void): Promise<number> {
  const sources = findSources(inputs);
  const lineMaps = new Map<string, LineMap>();
  const outcomes = await definitionsOf(sources, lineMaps, options.jobs);
  const diagnostics = outcomes.flatMap((o) => o.diagnostics);
  const reporter: Reporter = { language: options.language, color: options.color, sources: lineMaps };
  printOutputReport(reporter, diagnostics, sources.length, options.quiet, stderr);
  stderr(batchSummary(sources.map((s) => s.path), diagnostics, options.language));
  const run = await writeDiagrams(outcomes, options, stderr);
  if (!options.quiet) stdout(`${summary(run.written, options.formats)} → ${options.outDir}\n`);
  if (run.code === 130) return 130;
  return outputsExitCode(diagnostics, run.code !== 0);
}
