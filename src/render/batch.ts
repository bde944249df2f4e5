// Renders a whole folder of regulations with one browser, Mermaid loaded once per page; stops cleanly when aborted.
import type { DiagramSource, RegulationDiagrams } from '../emit/mermaid/emit-diagrams.js';
import { launchBrowser, type LaunchedBrowser } from './launch.js';
import { MermaidPage } from './mermaid-page.js';
import { sheetSpec } from './sheet-spec.js';
import { stampPdfDates } from './pdf-dates.js';

export type ImageFormat = 'svg' | 'png' | 'pdf';

export interface RenderInput {
  /** The regulation's output name, handed back to `write`. */
  key: string;
  diagrams: RegulationDiagrams;
}

export interface RenderFailure {
  key: string;
  diagram: string;
  reason: string;
}

export interface BatchOptions {
  formats: ImageFormat[];
  browserPath: string;
  signal?: AbortSignal;
  /** A second signal, for a second Ctrl-C: kills the browser instead of waiting for it to close. */
  force?: AbortSignal;
  /** Called after each diagram, rendered or failed. */
  onProgress?: (done: number, total: number, label: string) => void;
  /** Stores one output; the CLI writes it atomically, so an interrupted run leaves no half-written file. */
  write: (key: string, diagram: DiagramSource, format: ImageFormat, data: string | Uint8Array) => void;
  /** Time allowed for one diagram in all its formats. */
  timeoutMs?: number;
  /**
   * Pages rendering at once, each taking whole regulations from the queue (default 1). Mermaid's layout
   * runs on a page's main thread, so a second page nearly doubles throughput on two cores (see BENCHMARKS.md).
   */
  pages?: number;
}

/** Diagrams a page must have to render before opening it pays: loading Mermaid into a page costs about as much. */
const DIAGRAMS_PER_PAGE = 12;

export interface BatchResult {
  rendered: number;
  failures: RenderFailure[];
  interrupted: boolean;
}

class Interrupted extends Error {}

/** Resolves the operation, or rejects when the batch is aborted or the diagram takes too long. */
function guarded<T>(operation: Promise<T>, signal: AbortSignal | undefined, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs);
    onAbort = () => reject(new Interrupted());
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([operation, stop]).finally(() => {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  });
}

/** A diagram's ids are prefixed with its name, so several SVGs can share one HTML document. */
function svgId(diagram: DiagramSource): string {
  return `tartip-${diagram.name}`;
}

/** Legends first: a chart's printed sheet shows its appendix's legend. */
function drawingOrder(diagrams: DiagramSource[]): DiagramSource[] {
  return [...diagrams.filter((d) => d.kind === 'legend'), ...diagrams.filter((d) => d.kind === 'chart')];
}

/**
 * Renders every diagram of every regulation. Legends come first within a regulation, because a
 * chart's printed page shows its appendix's legend. One diagram failing is recorded and the batch
 * goes on; an abort stops before the next diagram and closes the browser.
 */
export async function renderBatch(inputs: RenderInput[], options: BatchOptions): Promise<BatchResult> {
  const total = inputs.reduce((n, input) => n + input.diagrams.diagrams.length, 0);
  const result: BatchResult = { rendered: 0, failures: [], interrupted: false };
  const timeoutMs = options.timeoutMs ?? 120_000;
  if (total === 0) return result;
  if (options.signal?.aborted) return { ...result, interrupted: true };
  let launched: LaunchedBrowser | undefined;
  const launching = launchBrowser(options.browserPath);
  const kill = () => launched?.kill();
  options.force?.addEventListener('abort', kill, { once: true });
  try {
    launched = await guarded(launching, options.signal, timeoutMs);
    const browser = launched.browser;
    const lanes = Math.max(1, Math.min(options.pages ?? 1, inputs.length, Math.floor(total / DIAGRAMS_PER_PAGE)));
    // Every further page gets a browser context (a window) of its own: a background tab of a shared window
    // hangs on screenshots and prints.
    const pages = await Promise.all(
      Array.from({ length: lanes }, (_, i) => guarded((async () => MermaidPage.open(i === 0 ? browser : await browser.createBrowserContext()))(), options.signal, timeoutMs)),
    );
    let done = 0;
    const renderInput = async (page: MermaidPage, input: RenderInput): Promise<void> => {
      const { title, diagrams } = input.diagrams;
      const ordered = drawingOrder(diagrams);
      const legends = new Map<string, string>();
      for (const diagram of ordered) {
        if (options.signal?.aborted) throw new Interrupted();
        try {
          await guarded(
            (async () => {
              const rendered = await page.svg(svgId(diagram), diagram.mermaid);
              if (diagram.kind === 'legend') legends.set(diagram.name, rendered.svg);
              if (options.formats.includes('svg')) options.write(input.key, diagram, 'svg', rendered.svg);
              if (diagram.kind === 'legend') return;
              const spec = sheetSpec(title, diagram, rendered.svg, diagram.legend === null ? null : (legends.get(diagram.legend) ?? null));
              if (options.formats.includes('png')) options.write(input.key, diagram, 'png', await page.png(spec));
              if (options.formats.includes('pdf')) options.write(input.key, diagram, 'pdf', stampPdfDates((await page.pdf(spec)).data, input.diagrams.date));
            })(),
            options.signal,
            timeoutMs,
          );
          result.rendered++;
        } catch (error) {
          // A diagram that failed because the batch was being stopped is not a failure of its own.
          if (error instanceof Interrupted || options.signal?.aborted) throw new Interrupted();
          result.failures.push({ key: input.key, diagram: diagram.name, reason: error instanceof Error ? error.message : String(error) });
        }
        options.onProgress?.(++done, total, `${input.key}/${diagram.name}`);
      }
    };
    // Page k renders regulations k, k + pages, …: a fixed share, so a batch draws each page's diagrams in
    // the same order on every run. Every lane is let finish before the browser closes.
    const settled = await Promise.allSettled(pages.map(async (page, lane) => {
      for (let i = lane; i < inputs.length; i += pages.length) await renderInput(page, inputs[i]!);
    }));
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    // Failures in the order of the inputs, whichever page met them first.
    const position = new Map(inputs.flatMap((input, i) => drawingOrder(input.diagrams.diagrams).map((d, k): [string, number] => [`${input.key}\n${d.name}`, i * 1e6 + k])));
    const at = (f: RenderFailure) => position.get(`${f.key}\n${f.diagram}`) ?? 0;
    result.failures.sort((a, b) => at(a) - at(b));
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    result.interrupted = true;
  } finally {
    // A browser still starting when the batch was aborted is closed as soon as it is up.
    launched ??= await launching.catch(() => undefined);
    await launched?.close();
    options.force?.removeEventListener('abort', kill);
  }
  return result;
}
