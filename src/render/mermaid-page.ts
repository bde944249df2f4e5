// The one page of a batch: loads Mermaid once, renders charts in a pool inside it, and prints SVG, PNG and PDF.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'puppeteer';
import { installFacingRoutes } from './facing-routes.js';
import { MERMAID_ENTRY, MERMAID_ORIGIN, mermaidModules, type MermaidModules } from './mermaid-modules.js';
import { copyConfigScript } from './mermaid-patch.js';
import { DONE_BINDING, installPageApi, type RenderedSvg, type RenderJob, type RenderOutcome, type SheetSpec } from './page-api.js';
import { installPrintApi, type PrintLayout } from './page-print.js';
import { setPdfInfo } from './pdf-info.js';

/**
 * The Mermaid build that @mermaid-js/mermaid-cli itself renders with, so our output matches
 * `mmdc`. The page loads the ES build beside it (mermaid-modules.ts); `tartip preview` serves this bundle.
 */
export function mermaidBundlePath(): string {
  const require = createRequire(import.meta.url);
  const cli = require.resolve('@mermaid-js/mermaid-cli');
  return createRequire(cli).resolve('mermaid/dist/mermaid.min.js');
}

/** Mermaid's settings that a diagram's own front matter cannot change («secure» keys), and strict security. */
export const MERMAID_SETTINGS = {
  startOnLoad: false,
  securityLevel: 'strict',
  // Acts are long; the limits guard a browser, not our own generated text.
  maxTextSize: 5_000_000,
  maxEdges: 20_000,
  suppressErrorRendering: true,
  deterministicIds: true,
} as const;

const SHELL = `<!doctype html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; background: #fff; color: #000; font-family: "DejaVu Sans", sans-serif; }
#work { position: absolute; left: 0; top: 0; visibility: hidden; }
#sheet { display: inline-block; padding: 28px 32px; background: #fff; }
.head { margin-bottom: 10px; }
.mark { margin-left: auto; max-width: 560px; text-align: right; font-size: 12px; line-height: 1.25; }
.mark p, .caption p { margin: 0; }
.caption { margin-top: 8px; text-align: center; font-size: 15px; font-weight: bold; line-height: 1.35; }
.caption p + p { margin-top: 4px; font-size: 13px; font-weight: normal; font-style: italic; }
.legend { margin-top: 6px; break-inside: avoid; }
.page { display: flow-root; break-after: page; }
.page > svg { margin: 0 auto; }
.page:last-child { break-after: auto; }
@media print { #work, #sheet { display: none; } }
</style><style id="page-style"></style></head>
<body><div id="sheet"></div><div id="print"></div><div id="work"></div></body></html>`;

/** Kept once per process: each module is read and patched once (mermaid-patch.ts), whatever the pages. */
let modulesCache: MermaidModules | undefined;
export function installedMermaid(): MermaidModules {
  return (modulesCache ??= mermaidModules(path.dirname(mermaidBundlePath())));
}

/** The page failed while rendering the chart `index` (its renderer crashed, say); the page is unusable afterwards. */
export class ChartFailure extends Error {
  constructor(readonly index: number, message: string) {
    super(message);
  }
}

/** A chart the page's pool could not render in its time budget; the page is unusable afterwards. */
export class ChartTimeout extends ChartFailure {
  constructor(index: number, readonly budgetMs: number) {
    super(index, `the chart took longer than ${budgetMs / 1000} s`);
  }
}

/** Resolves the operation, or rejects with ChartTimeout when it takes longer than `budgetMs`. */
export function withinBudget<T>(operation: Promise<T>, budgetMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new ChartTimeout(-1, budgetMs)), budgetMs)));
  return Promise.race([operation, expired]).finally(() => clearTimeout(timer));
}

export interface PoolOptions {
  concurrency: number;
  /** Time one chart may take; measured from the previous chart's result, since the page lays out one at a time. */
  budgetMs: number;
  signal?: AbortSignal | undefined;
}

export class MermaidPage {
  private onDone: ((index: number, outcome: RenderOutcome) => void) | undefined;

  private constructor(
    private readonly page: Page,
    private readonly context: BrowserContext,
  ) {}

  /**
   * Opens the page in a browser context of its own, so that a page given up (a chart over its budget, whose
   * layout cannot be interrupted from outside) goes with its renderer process when its context is closed.
   */
  static async open(browser: Browser, modules: MermaidModules = installedMermaid()): Promise<MermaidPage> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    // Nothing a diagram draws may reach the network: the shell and Mermaid's modules are answered here.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      const module = url.startsWith(MERMAID_ORIGIN) ? modules.read(url.slice(MERMAID_ORIGIN.length)) : undefined;
      if (url === MERMAID_ORIGIN) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: SHELL });
      else if (module !== undefined) void request.respond({ status: 200, contentType: 'text/javascript; charset=utf-8', body: module });
      else if (url.startsWith('data:') || url === 'about:blank') void request.continue();
      else void request.abort('blockedbyclient');
    });
    const opened = new MermaidPage(page, context);
    await page.exposeFunction(DONE_BINDING, (index: number, outcome: RenderOutcome) => opened.onDone?.(index, outcome));
    await page.goto(MERMAID_ORIGIN, { waitUntil: 'load' });
    // The copy first: the module it is patched into calls it from its first chart on.
    await page.addScriptTag({ content: copyConfigScript() });
    // A string, not a function: a test runner's transform would rewrite a function's `import()` into its own loader.
    await page.evaluate(`import(${JSON.stringify(MERMAID_ORIGIN + MERMAID_ENTRY)}).then((m) => { window.mermaid = m.default; })`);
    await page.evaluate(installPageApi);
    await page.evaluate(installPrintApi);
    await page.evaluate(installFacingRoutes);
    await page.evaluate((settings) => {
      (window as unknown as { mermaid: { initialize(s: unknown): void } }).mermaid.initialize(settings);
    }, MERMAID_SETTINGS);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return opened;
  }

  /** Renders Mermaid text; `id` names the SVG element and prefixes its inner ids. */
  async svg(id: string, text: string): Promise<RenderedSvg> {
    return this.page.evaluate((i, t) => window.__tartip.render(i, t), id, text);
  }

  /**
   * Renders every job in the page's pool, calling `onResult` in the order the charts finish (the order
   * given, as Mermaid lays out one at a time). An abort lets the charts already in Mermaid's hands finish
   * and starts no other. A chart over its budget rejects with ChartTimeout naming it at once; the page is
   * still busy with it (a layout cannot be interrupted from inside, and CDP's terminateExecution does not
   * reach a layout in progress), so it must be closed and replaced.
   */
  async renderAll(jobs: RenderJob[], onResult: (index: number, outcome: RenderOutcome) => void, options: PoolOptions): Promise<void> {
    if (jobs.length === 0) return;
    const pending = new Set(jobs.map((j) => j.index));
    let timer: NodeJS.Timeout | undefined;
    let timedOut: ChartTimeout | undefined;
    let expire: (error: ChartTimeout) => void = () => undefined;
    const expired = new Promise<never>((_, reject) => (expire = reject));
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = new ChartTimeout(jobs.find((j) => pending.has(j.index))!.index, options.budgetMs);
        expire(timedOut);
      }, options.budgetMs);
    };
    const stop = () => void this.page.evaluate(() => window.__tartip.stop()).catch(() => undefined);
    options.signal?.addEventListener('abort', stop, { once: true });
    this.onDone = (index, outcome) => {
      if (timedOut) return;
      pending.delete(index);
      arm();
      onResult(index, outcome);
    };
    arm();
    try {
      await Promise.race([this.page.evaluate((j, k) => window.__tartip.renderAll(j, k), jobs, options.concurrency), expired]);
    } catch (error) {
      if (error instanceof ChartFailure || options.signal?.aborted) throw error;
      const first = jobs.find((j) => pending.has(j.index));
      throw first ? new ChartFailure(first.index, error instanceof Error ? error.message.split('\n')[0]! : String(error)) : error;
    } finally {
      clearTimeout(timer);
      this.onDone = undefined;
      options.signal?.removeEventListener('abort', stop);
    }
  }

  /** The annex sheet (mark, captions, chart, legend) as a PNG at print resolution. */
  async png(spec: SheetSpec, deviceScaleFactor = 2): Promise<Uint8Array> {
    const size = await this.page.evaluate((s) => window.__tartip.sheet(s), spec);
    // Chromium cannot capture beyond 16 384 device pixels a side; very large sheets drop to 1×.
    const factor = Math.max(size.width, size.height) * deviceScaleFactor > 16_000 ? 1 : deviceScaleFactor;
    await this.page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: factor });
    return this.page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: size.width, height: size.height } });
  }

  /** The annex on A4 pages (page-print.ts), its document information set: title, subject, the act's date. */
  async pdf(spec: SheetSpec, date: string | null = null): Promise<{ data: Uint8Array; layout: PrintLayout }> {
    const layout = await this.page.evaluate((s) => {
      document.getElementById('sheet')!.replaceChildren();
      return window.__tartipPrint(s);
    }, spec);
    const data = await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
    await this.page.evaluate(() => document.getElementById('print')!.replaceChildren());
    return { data: setPdfInfo(data, { title: spec.title, subject: spec.subject, date }), layout };
  }

  /**
   * Gives up a page that may still be busy with a chart over its budget. Closing its context alone left the
   * renderer laying the chart out until the browser closed, holding a core and its memory (minutes, and
   * hundreds of MB, for a 500-step procedure) while the next charts were rendered; CDP's Page.crash is
   * handled on the renderer's IO thread, so it ends the process even while its JavaScript is busy.
   */
  async abandon(): Promise<void> {
    const crash = this.page
      .createCDPSession()
      .then((session) => session.send('Page.crash'))
      .catch(() => undefined);
    await Promise.race([crash, new Promise((r) => setTimeout(r, 2_000).unref())]);
    await this.close();
  }

  /** Closes the page's context, which ends its renderer process even while it is busy. */
  async close(): Promise<void> {
    await Promise.race([this.context.close().catch(() => undefined), new Promise((r) => setTimeout(r, 5_000).unref())]);
  }
}
