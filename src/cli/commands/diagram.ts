// `tartip diagram`: writes every appendix chart as Mermaid text and renders it to SVG, PNG and PDF.
import { InvalidArgumentError } from 'commander';
import { hasErrors } from '../../compile.js';
import type { Language } from '../../diagnostics/format-text.js';
import { emitDiagrams, type DiagramSource, type RegulationDiagrams } from '../../emit/mermaid/emit-diagrams.js';
import type { SwimlaneLayout } from '../../emit/mermaid/style.js';
import type { ImageFormat, RenderInput, Renderer } from '../../render/batch.js';
import type { InterruptWatch } from '../../render/interrupt.js';
import { discoverBrowser } from '../../render/browser-discovery.js';
import type { ProgressStream } from '../../render/progress.js';
import type { LineMap } from '../../text/line-map.js';
import { renderFailureMessage } from '../render-failure.js';
import { cliMessage, noticeTo, printOutputReport, type Reporter } from '../report.js';
import { batchSummary, mergeOutcomes, outputsExitCode, type FileOutcome } from '../run-files.js';
import { readDefinition } from '../read-definition.js';
import { findSources, type SourceFile } from '../sources.js';
import { compileBatch } from '../workers/pool.js';
import { outputPath, writeInside } from '../write-output.js';

export const DIAGRAM_FORMATS = ['mmd', 'svg', 'png', 'pdf'] as const;
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];

/** Parses a comma-separated `--format` list against the formats a command writes; the order given does not matter. */
export function parseFormatList<F extends string>(value: string, all: readonly F[]): F[] {
  const parts = value.split(',').map((p) => p.trim().toLowerCase()).filter((p) => p !== '');
  const bad = parts.find((p) => !(all as readonly string[]).includes(p));
  if (bad !== undefined || parts.length === 0) throw new InvalidArgumentError(`expected a comma-separated list of ${all.join(', ')}`);
  return all.filter((f) => parts.includes(f));
}

/** Parses `--format mmd,svg,png,pdf`. */
export function parseFormats(value: string): DiagramFormat[] {
  return parseFormatList(value, DIAGRAM_FORMATS);
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
  /** `--chart-timeout`: seconds one chart may take to render before it fails with TRT3250. */
  chartTimeout?: number | undefined;
}

export interface DiagramRun {
  /** 0 ok, 2 an output could not be produced, 130 interrupted (SIGINT), 143 terminated (SIGTERM). */
  code: number;
  written: Record<DiagramFormat, number>;
}

/** A diagram's name in the output directory: «<regulation>/<appendix-…>.<ext>». */
const diagramName = (regulation: string, diagram: DiagramSource, format: DiagramFormat): string => `${regulation}/${diagram.name}.${format}`;

/** Where a regulation's diagram goes: «<out>/<regulation>/<appendix-…>.<ext>». */
export function diagramPath(outDir: string, regulation: string, diagram: DiagramSource, format: DiagramFormat): string {
  return outputPath(outDir, diagramName(regulation, diagram, format));
}

/** The browser started before compiling, and the signal handlers that stop it cleanly from then on. */
export interface RenderStart {
  renderer: Promise<Renderer>;
  interrupts: InterruptWatch;
  /** Closes the browser if rendering never took it, and removes the handlers. */
  dispose(): Promise<void>;
}

/**
 * Starts the browser and loads Mermaid while the sources compile, when images are asked for and a browser
 * is there (writeDiagrams reports a missing one): Chromium starts in processes of its own, so at the
 * corpus's scale its start, most of a small run's time, costs nothing. From here on Ctrl-C and SIGTERM
 * stop the run cleanly instead of leaving the browser's profile behind.
 */
export async function startRendering(formats: DiagramFormat[], chartTimeout?: number): Promise<RenderStart | undefined> {
  if (formats.every((f) => f === 'mmd')) return undefined;
  const browser = discoverBrowser();
  if (!browser.found) return undefined;
  const [{ startRenderer }, { watchInterrupts }] = await Promise.all([import('../../render/batch.js'), import('../../render/interrupt.js')]);
  const interrupts = watchInterrupts(process);
  const renderer = startRenderer(browser.path, chartTimeout === undefined ? undefined : chartTimeout * 1000);
  renderer.catch(() => undefined); // reported by the batch that awaits it
  return {
    renderer,
    interrupts,
    dispose: async () => {
      interrupts.dispose();
      await (await renderer.catch(() => undefined))?.launched.close();
    },
  };
}

/**
 * Writes the `.mmd` of every compiled regulation (always), then renders the requested image
 * formats in one browser (`start`'s, when it was started early). Without a browser the Mermaid text is
 * still written and the reason is reported. Rendering is loaded only here, so other commands never load
 * puppeteer.
 */
export async function writeDiagrams(outcomes: FileOutcome[], options: DiagramOptions, stderr: (s: string) => void, start?: RenderStart, onSvg?: (key: string, diagram: string, svg: string | null) => void): Promise<DiagramRun> {
  const written: Record<DiagramFormat, number> = { mmd: 0, svg: 0, png: 0, pdf: 0 };
  const inputs: RenderInput[] = [];
  let code = 0;
  const store = (regulation: string, diagram: DiagramSource, data: string | Uint8Array, format: DiagramFormat): void => {
    const failure = writeInside(options.outDir, diagramName(regulation, diagram, format), data);
    if (failure === null) written[format]++;
    else {
      code = 2;
      stderr(cliMessage(failure.code, failure.args, options.language));
    }
  };
  for (const outcome of outcomes) {
    const json = outcome.result?.json;
    if (!json || hasErrors(outcome.diagnostics)) continue;
    const diagrams: RegulationDiagrams = emitDiagrams(json, { layout: options.layout ?? 'rows' });
    for (const d of diagrams.diagrams) store(outcome.source.outputName, d, d.mermaid, 'mmd');
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
  const interrupts = start?.interrupts ?? watchInterrupts(process);
  interrupts.signal.addEventListener('abort', () => progress.finish(), { once: true });
  try {
    const result = await renderBatch(inputs, {
      formats: images,
      browserPath: browser.path,
      ...(start ? { renderer: start.renderer } : {}),
      ...(options.chartTimeout !== undefined ? { timeoutMs: options.chartTimeout * 1000 } : {}),
      signal: interrupts.signal,
      force: interrupts.force,
      onProgress: (done, all, label) => progress.update(done, all, label),
      write: (key, diagram, format, data) => {
        if (format === 'svg' && typeof data === 'string') onSvg?.(key, diagram.name, data);
        store(key, diagram, data, format);
      },
    });
    progress.finish();
    // Charts too large to lay out (refused before any page saw them), over their budget, or failed.
    for (const failure of result.failures) {
      code = 2;
      onSvg?.(failure.key, failure.diagram, null);
      stderr(renderFailureMessage(`${failure.key}/${failure.diagram}`, failure, options.chartTimeout, options.language));
    }
    if (result.interrupted) {
      stderr(cliMessage('TRT3105', { done: result.rendered, total }, options.language));
      return { code: interrupts.exitCode() ?? 130, written };
    }
  } catch (error) {
    progress.finish();
    stderr(cliMessage('TRT3103', { path: browser.path, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) }, options.language));
    return { code: 2, written };
  } finally {
    if (!start) interrupts.dispose();
  }
  return { code, written };
}

/** The exit codes of a run stopped by a signal. */
export function isInterrupted(code: number): boolean {
  return code === 130 || code === 143;
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
      : { source, result: undefined, diagnostics: definition.diagnostics });
  });
  const compiled = await compileBatch(sources.filter((_, index) => !read.has(index)), lineMaps, { keep: 'json', jobs });
  return mergeOutcomes(sources, read, compiled);
}

export async function runDiagram(inputs: string[], options: DiagramOptions, stdout: (s: string) => void, stderr: (s: string) => void): Promise<number> {
  const sources = findSources(inputs, { notice: noticeTo(stderr, options.language), diagramFolders: true });
  const start = await startRendering(options.formats, options.chartTimeout);
  try {
    return await diagramRun(sources, options, stdout, stderr, start);
  } finally {
    await start?.dispose();
  }
}

async function diagramRun(sources: SourceFile[], options: DiagramOptions, stdout: (s: string) => void, stderr: (s: string) => void, start: RenderStart | undefined): Promise<number> {
  const lineMaps = new Map<string, LineMap>();
  const outcomes = await definitionsOf(sources, lineMaps, options.jobs);
  const diagnostics = outcomes.flatMap((o) => o.diagnostics);
  const reporter: Reporter = { language: options.language, color: options.color, sources: lineMaps };
  printOutputReport(reporter, diagnostics, sources.length, options.quiet, stderr);
  stderr(batchSummary(sources.map((s) => s.path), diagnostics, options.language));
  const run = await writeDiagrams(outcomes, options, stderr, start);
  if (!options.quiet) stdout(`${summary(run.written, options.formats)} → ${options.outDir}\n`);
  if (isInterrupted(run.code)) return run.code;
  return outputsExitCode(diagnostics, run.code !== 0);
}
