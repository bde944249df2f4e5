// Renders a whole folder of regulations in one browser and one page, Mermaid loaded once; stops cleanly when aborted.
import { tooLargeToDraw, type DiagramSource, type RegulationDiagrams } from '../emit/mermaid/emit-diagrams.js';
import { CHART_BUDGET_MS } from './budget.js';
import type { Browser } from 'puppeteer';
import { defaultPages, itemsOf, rounds, type Item } from './batch-rounds.js';
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
  /**
   * «timeout»: the chart went over its time budget (TRT3250); «too-large»: it has more shapes than a browser
   * is given (TRT3251), and no page saw it; «failed»: Mermaid or the browser failed on it (TRT3104).
   */
  kind: RenderFailureKind;
  /** The shapes the diagram draws, for the message of a «too-large» one. */
  shapes: number;
}

export type RenderFailureKind = 'timeout' | 'too-large' | 'failed';

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
  /** Pages laying charts out at once (default: defaultPages, two for large batches on two cores or more). */
  pages?: number;
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
export async function startRenderer(browserPath: string, budgetMs?: number): Promise<Renderer> {
  const launched = await launchBrowser(browserPath, budgetMs === undefined ? {} : { budgetMs });
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

/** The failure of one diagram, as the CLI reports it. */
function failureOf(item: Item, kind: RenderFailureKind, reason: string): RenderFailure {
  return { key: item.input.key, diagram: item.diagram.name, reason, kind, shapes: item.diagram.boxes };
}

/**
 * Renders every diagram of every regulation, Mermaid loaded once per page: each round's charts go to a
 * page's pool at once (SVGs written as they come), then each chart's PNG and PDF are made from the same
 * page. Large batches get a second page (batch-rounds.ts), opened while the first renders, and the pages take
 * rounds from one queue. One diagram failing is recorded and the batch goes on; a chart over its budget
 * costs its page, which is replaced in a fresh renderer. An abort stops before the next diagram and closes
 * the browser.
 */
export async function renderBatch(inputs: RenderInput[], options: BatchOptions): Promise<BatchResult> {
  // A diagram too large to lay out within the browser's memory is refused before any page sees it, and
  // reported first; the others are numbered without it, since a round finds its items by their number.
  const refused = itemsOf(inputs)
    .filter((item) => tooLargeToDraw(item.diagram))
    .map((item) => ({ order: -1, failure: failureOf(item, 'too-large', `${item.diagram.boxes} shapes`) }));
  const items = itemsOf(inputs.map((input) => ({ ...input, diagrams: { ...input.diagrams, diagrams: input.diagrams.diagrams.filter((d) => !tooLargeToDraw(d)) } })));
  const total = items.length;
  const result: BatchResult = { rendered: 0, failures: refused.map((r) => r.failure), interrupted: false };
  const budget = options.timeoutMs ?? CHART_BUDGET_MS;
  const images = options.formats.filter((f) => f !== 'svg');
  if (total === 0) return result;
  if (options.signal?.aborted) return { ...result, interrupted: true };
  const pages = Math.max(1, options.pages ?? defaultPages(total));
  let launched: LaunchedBrowser | undefined;
  const starting = options.renderer ?? startRenderer(options.browserPath, budget);
  const kill = () => launched?.kill();
  options.force?.addEventListener('abort', kill, { once: true });
  // Set when the batch ends early (aborted, or the browser failed): no page starts anything after it.
  const halt = new AbortController();
  const onAbort = () => halt.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const failures: { order: number; failure: RenderFailure }[] = [...refused];
  let done = 0;
  const progress = (item: Item) => options.onProgress?.(++done, total, `${item.input.key}/${item.diagram.name}`);
  const fail = (item: Item, error: unknown) => {
    failures.push({ order: item.order, failure: failureOf(item, error instanceof ChartTimeout ? 'timeout' : 'failed', error instanceof Error ? error.message : String(error)) });
    progress(item);
  };
  const queue = rounds(items, pages);
  const write: BatchOptions['write'] = (...args) => {
    if (!halt.signal.aborted) options.write(...args);
  };

  /** One page's share: rounds from the queue until it is empty, the page replaced when a chart costs it. */
  const work = async (first: MermaidPage, browser: Browser): Promise<void> => {
    let page = first;
    // A page that went over a budget may still be busy: it is dropped, and the next opens in a fresh renderer.
    const replacePage = async () => {
      void page.abandon();
      page = await guarded(MermaidPage.open(browser), halt.signal, Math.max(budget, 60_000));
    };
    for (let round = queue.shift(); round !== undefined; round = queue.shift()) {
      if (halt.signal.aborted) throw new Interrupted();
      const base = round[0]!.order;
      const svgs = new Map<number, string>();
      const onResult = (index: number, outcome: RenderOutcome) => {
        if (halt.signal.aborted) return;
        const item = round[index - base]!;
        if (!outcome.ok) return fail(item, new Error(outcome.error));
        svgs.set(index, outcome.svg);
        if (options.formats.includes('svg')) write(item.input.key, item.diagram, 'svg', outcome.svg);
        if (item.diagram.kind === 'legend' || images.length === 0) {
          result.rendered++;
          progress(item);
        }
      };
      let jobs: RenderJob[] = round.map((item) => ({ index: item.order, id: svgId(item.diagram), text: item.diagram.mermaid }));
      while (jobs.length > 0) {
        try {
          await page.renderAll(jobs, onResult, { concurrency: options.concurrency ?? 4, budgetMs: budget, signal: halt.signal });
          jobs = [];
        } catch (error) {
          if (halt.signal.aborted) throw new Interrupted();
          // A chart over its budget, or one the page died on: it fails, the page is replaced, the rest go on.
          if (!(error instanceof ChartFailure)) throw error;
          fail(round[error.index - base]!, error);
          jobs = jobs.filter((j) => j.index > error.index && !svgs.has(j.index));
          await replacePage();
        }
      }
      if (halt.signal.aborted) throw new Interrupted();
      if (images.length === 0) continue;
      const legends = new Map<string, string>();
      for (const item of round) {
        const svg = svgs.get(item.order);
        if (svg === undefined) continue;
        if (item.diagram.kind === 'legend') {
          legends.set(`${item.input.key}\n${item.diagram.name}`, svg);
          continue;
        }
        if (halt.signal.aborted) throw new Interrupted();
        const { title, date } = item.input.diagrams;
        const legend = item.diagram.legend === null ? null : (legends.get(`${item.input.key}\n${item.diagram.legend}`) ?? null);
        const spec = sheetSpec(title, item.diagram, svg, legend);
        try {
          if (images.includes('png')) write(item.input.key, item.diagram, 'png', await guarded(page.png(spec), halt.signal, budget));
          if (images.includes('pdf')) write(item.input.key, item.diagram, 'pdf', (await guarded(page.pdf(spec, date), halt.signal, budget)).data);
          result.rendered++;
          progress(item);
        } catch (error) {
          // A diagram that failed because the batch was being stopped is not a failure of its own.
          if (error instanceof Interrupted || halt.signal.aborted) throw new Interrupted();
          fail(item, error);
          // Whatever failed (a budget, a crashed renderer), the next chart gets a page known to be sound.
          await replacePage();
        }
      }
    }
  };

  let failed: unknown;
  try {
    const renderer = await guarded(starting, halt.signal, Math.max(budget, 60_000));
    launched = renderer.launched;
    const browser = launched.browser;
    // The other pages open while the first renders, and join it as they are ready; one that fails to open
    // is done without. A worker that ends early for any reason stops the others before the next diagram.
    const workers: Promise<void>[] = [];
    const run = (page: MermaidPage) => {
      const worker = work(page, browser).catch((error: unknown) => {
        if (!(error instanceof Interrupted)) failed ??= error;
        halt.abort();
      });
      workers.push(worker);
      return worker;
    };
    for (let i = 1; i < pages; i++) {
      void MermaidPage.open(browser).then((page) => (queue.length > 0 && !halt.signal.aborted ? run(page) : page.close()), () => undefined);
    }
    await run(renderer.page);
    // Once the first page's worker is done the queue is empty: a page still opening takes nothing.
    await Promise.all(workers);
    if (failed !== undefined) throw failed;
    if (options.signal?.aborted) throw new Interrupted();
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    result.interrupted = true;
  } finally {
    halt.abort();
    options.signal?.removeEventListener('abort', onAbort);
    // A browser still starting when the batch was aborted is closed as soon as it is up.
    launched ??= (await starting.catch(() => undefined))?.launched;
    await launched?.close();
    options.force?.removeEventListener('abort', kill);
    result.failures = failures.sort((a, b) => a.order - b.order).map((f) => f.failure);
  }
  return result;
}
