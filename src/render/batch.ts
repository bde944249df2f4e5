// Renders a whole folder of regulations in one browser and one page, Mermaid loaded once; stops cleanly when aborted.
import type { DiagramSource, RegulationDiagrams } from '../emit/mermaid/emit-diagrams.js';
import { CHART_BUDGET_MS } from './budget.js';
import { launchBrowser, type LaunchedBrowser } from './launch.js';
import { ChartFailure, ChartTimeout, MermaidPage } from './mermaid-page.js';
import type { RenderJob, RenderOutcome } from './page-api.js';
import { sheetSpec } from './sheet-spec.js';

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
  /** True when the chart went over its time budget (TRT3250); otherwise Mermaid or the browser failed on it (TRT3104). */
  timedOut: boolean;
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
  /** Time one chart may take in each step (its layout; its PNG; its PDF) before it fails with TRT3250. */
  timeoutMs?: number;
  /** Charts handed to the page's pool at once (default 4): enough that Mermaid always has the next one. */
  concurrency?: number;
  /** A browser and page started earlier (startRenderer), e.g. while the sources compiled; else one is started here. */
  renderer?: Promise<Renderer>;
}

/** The batch's one browser and its one page, Mermaid loaded. */
export interface Renderer {
  launched: LaunchedBrowser;
  page: MermaidPage;
}

/**
 * Starts the browser and loads Mermaid into its page. Chromium starts in processes of its own, so a caller
 * can start it before compiling and have both at once; a page that fails to open closes its browser.
 */
export async function startRenderer(browserPath: string): Promise<Renderer> {
  const launched = await launchBrowser(browserPath);
  try {
    return { launched, page: await MermaidPage.open(launched.browser) };
  } catch (error) {
    await launched.close();
    throw error;
  }
}

export interface BatchResult {
  rendered: number;
  failures: RenderFailure[];
  interrupted: boolean;
}

/** Charts per round of the pool: the page keeps this many SVGs for their PNGs and PDFs, then lets them go. */
const CHUNK = 48;

class Interrupted extends Error {}

/** Resolves the operation, or rejects when the batch is aborted or the operation takes too long. */
function guarded<T>(operation: Promise<T>, signal: AbortSignal | undefined, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ChartTimeout(-1, timeoutMs)), timeoutMs);
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

interface Item {
  input: RenderInput;
  diagram: DiagramSource;
}

/** Every diagram in drawing order: regulation by regulation, legends first (a chart's sheet shows its legend). */
function itemsOf(inputs: RenderInput[]): Item[] {
  return inputs.flatMap((input) => {
    const all = input.diagrams.diagrams;
    return [...all.filter((d) => d.kind === 'legend'), ...all.filter((d) => d.kind === 'chart')].map((diagram) => ({ input, diagram }));
  });
}

/** Rounds of about CHUNK diagrams, never splitting a regulation (its charts need its legends). */
function rounds(items: Item[]): Item[][] {
  const result: Item[][] = [];
  let current: Item[] = [];
  items.forEach((item, i) => {
    current.push(item);
    const next = items[i + 1];
    if (!next || (current.length >= CHUNK && next.input !== item.input)) {
      result.push(current);
      current = [];
    }
  });
  return result;
}

/**
 * Renders every diagram of every regulation in one page: each round's charts go to the page's pool at
 * once (SVGs written as they come), then each chart's PNG and PDF are made from the same page. One diagram
 * failing is recorded and the batch goes on; a chart over its budget costs the page, which is replaced in
 * a fresh renderer. An abort stops before the next diagram and closes the browser.
 */
export async function renderBatch(inputs: RenderInput[], options: BatchOptions): Promise<BatchResult> {
  const items = itemsOf(inputs);
  const total = items.length;
  const result: BatchResult = { rendered: 0, failures: [], interrupted: false };
  const budget = options.timeoutMs ?? CHART_BUDGET_MS;
  const images = options.formats.filter((f) => f !== 'svg');
  if (total === 0) return result;
  if (options.signal?.aborted) return { ...result, interrupted: true };
  let launched: LaunchedBrowser | undefined;
  const starting = options.renderer ?? startRenderer(options.browserPath);
  const kill = () => launched?.kill();
  options.force?.addEventListener('abort', kill, { once: true });
  let done = 0;
  const progress = (item: Item) => options.onProgress?.(++done, total, `${item.input.key}/${item.diagram.name}`);
  const fail = (item: Item, error: unknown) => {
    const timedOut = error instanceof ChartTimeout;
    result.failures.push({ key: item.input.key, diagram: item.diagram.name, reason: error instanceof Error ? error.message : String(error), timedOut });
    progress(item);
  };
  try {
    const renderer = await guarded(starting, options.signal, Math.max(budget, 60_000));
    launched = renderer.launched;
    const browser = launched.browser;
    let page = renderer.page;
    // A page that went over a budget may still be busy: it is dropped, and the next opens in a fresh renderer.
    const replacePage = async () => {
      void page.close();
      page = await guarded(MermaidPage.open(browser), options.signal, Math.max(budget, 60_000));
    };
    let offset = 0;
    for (const round of rounds(items)) {
      if (options.signal?.aborted) throw new Interrupted();
      const base = offset;
      offset += round.length;
      const svgs = new Map<number, string>();
      const onResult = (index: number, outcome: RenderOutcome) => {
        if (options.signal?.aborted) return;
        const item = round[index - base]!;
        if (!outcome.ok) return fail(item, new Error(outcome.error));
        svgs.set(index, outcome.svg);
        if (options.formats.includes('svg')) options.write(item.input.key, item.diagram, 'svg', outcome.svg);
        if (item.diagram.kind === 'legend' || images.length === 0) {
          result.rendered++;
          progress(item);
        }
      };
      let jobs: RenderJob[] = round.map((item, i) => ({ index: base + i, id: svgId(item.diagram), text: item.diagram.mermaid }));
      while (jobs.length > 0) {
        try {
          await page.renderAll(jobs, onResult, { concurrency: options.concurrency ?? 4, budgetMs: budget, signal: options.signal });
          jobs = [];
        } catch (error) {
          if (options.signal?.aborted) throw new Interrupted();
          // A chart over its budget, or one the page died on: it fails, the page is replaced, the rest go on.
          if (!(error instanceof ChartFailure)) throw error;
          fail(round[error.index - base]!, error);
          jobs = jobs.filter((j) => j.index > error.index && !svgs.has(j.index));
          await replacePage();
        }
      }
      if (options.signal?.aborted) throw new Interrupted();
      if (images.length === 0) continue;
      const legends = new Map<string, string>();
      for (const [i, item] of round.entries()) {
        const svg = svgs.get(base + i);
        if (svg === undefined) continue;
        if (item.diagram.kind === 'legend') {
          legends.set(`${item.input.key}\n${item.diagram.name}`, svg);
          continue;
        }
        if (options.signal?.aborted) throw new Interrupted();
        const { title, date } = item.input.diagrams;
        const legend = item.diagram.legend === null ? null : (legends.get(`${item.input.key}\n${item.diagram.legend}`) ?? null);
        const spec = sheetSpec(title, item.diagram, svg, legend);
        try {
          if (images.includes('png')) options.write(item.input.key, item.diagram, 'png', await guarded(page.png(spec), options.signal, budget));
          if (images.includes('pdf')) options.write(item.input.key, item.diagram, 'pdf', (await guarded(page.pdf(spec, date), options.signal, budget)).data);
          result.rendered++;
          progress(item);
        } catch (error) {
          // A diagram that failed because the batch was being stopped is not a failure of its own.
          if (error instanceof Interrupted || options.signal?.aborted) throw new Interrupted();
          fail(item, error);
          // Whatever failed (a budget, a crashed renderer), the next chart gets a page known to be sound.
          await replacePage();
        }
      }
    }
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    result.interrupted = true;
  } finally {
    // A browser still starting when the batch was aborted is closed as soon as it is up.
    launched ??= (await starting.catch(() => undefined))?.launched;
    await launched?.close();
    options.force?.removeEventListener('abort', kill);
  }
  return result;
}
