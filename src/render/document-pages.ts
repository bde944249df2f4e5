// The browser work of `tartip document`: every chart as SVG and a 300 dpi PNG, and each act's web page printed to an A4 PDF.
import type { Page } from 'puppeteer';
import { tooLargeToDraw, type RegulationDiagrams } from '../emit/mermaid/emit-diagrams.js';
import type { RenderFailure } from './batch.js';
import { CHART_BUDGET_MS } from './budget.js';
import { launchBrowser } from './launch.js';
import { ChartFailure, ChartTimeout, MermaidPage, withinBudget } from './mermaid-page.js';
import { stampPdfDates } from './pdf-dates.js';

export interface RenderedChart {
  svg: string;
  width: number;
  height: number;
}

export interface DocumentRenderJob {
  key: string;
  diagrams: RegulationDiagrams;
}

export interface DocumentRenderer {
  /** A drawing (a chart or a band of one) as a PNG at 300 dpi. */
  png(svg: string): Promise<Uint8Array>;
  /** Every diagram of the act by name; a diagram that fails, or is refused for its size, is left out and its reason returned. */
  charts(job: DocumentRenderJob): Promise<{ charts: Map<string, RenderedChart>; failures: DocumentFailure[] }>;
  /** The page printed on A4 with page numbers at the foot; the PDF's title is the page's title. */
  pdf(html: string, isoDate: string | null): Promise<Uint8Array>;
  close(): Promise<void>;
}

export type DocumentFailure = Omit<RenderFailure, 'key'>;

/** 300 dpi over CSS's 96: Word's fallback image stays sharp when printed. */
const PRINT_SCALE = 300 / 96;

const FOOTER = '<div style="width:100%;text-align:center;font-family:\'Times New Roman\',serif;font-size:11pt"><span class="pageNumber"></span></div>';

async function offline(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith('data:') || request.url() === 'about:blank') void request.continue();
    else void request.abort('blockedbyclient');
  });
}

/**
 * Opens the browser of `tartip document`. Each chart and each print image has the same time budget as in
 * `tartip diagram` (`budgetMs`): a chart over it is left out with its reason, and its page, still busy with
 * it, is given up with its renderer process for a fresh one, so a huge act costs one budget a chart instead
 * of waiting on a stuck page.
 */
export async function openDocumentRenderer(browserPath: string, budgetMs: number = CHART_BUDGET_MS): Promise<DocumentRenderer> {
  const launched = await launchBrowser(browserPath, { budgetMs });
  let mermaid: MermaidPage | undefined;
  let printer: Page | undefined;
  const page = async () => (mermaid ??= await withinBudget(MermaidPage.open(launched.browser), Math.max(budgetMs, 60_000)));
  const giveUp = () => {
    void mermaid?.abandon();
    mermaid = undefined;
  };
  return {
    async charts(job) {
      const charts = new Map<string, RenderedChart>();
      const all = job.diagrams.diagrams;
      // As in `tartip diagram`: a diagram too large for the browser's memory is refused before a page sees it.
      const failures: DocumentFailure[] = all.filter(tooLargeToDraw).map((d) => ({ diagram: d.name, reason: `${d.boxes} shapes`, kind: 'too-large', shapes: d.boxes }));
      let jobs = all.flatMap((diagram, index) => (tooLargeToDraw(diagram) ? [] : [{ index, id: `tartip-${diagram.name}`, text: diagram.mermaid }]));
      while (jobs.length > 0) {
        const current = await page();
        try {
          await current.renderAll(jobs, (index, outcome) => {
            const diagram = job.diagrams.diagrams[index]!;
            if (outcome.ok) charts.set(diagram.name, { svg: outcome.svg, width: outcome.width, height: outcome.height });
            else failures.push({ diagram: diagram.name, reason: outcome.error.split('\n')[0]!, kind: 'failed', shapes: diagram.boxes });
          }, { concurrency: 1, budgetMs });
          jobs = [];
        } catch (error) {
          if (!(error instanceof ChartFailure)) throw error;
          const diagram = all[error.index]!;
          failures.push({ diagram: diagram.name, reason: error.message, kind: error instanceof ChartTimeout ? 'timeout' : 'failed', shapes: diagram.boxes });
          jobs = jobs.filter((j) => j.index > error.index && !charts.has(job.diagrams.diagrams[j.index]!.name));
          giveUp();
        }
      }
      const order = new Map(all.map((d, i) => [d.name, i]));
      return { charts, failures: failures.sort((a, b) => order.get(a.diagram)! - order.get(b.diagram)!) };
    },
    async png(svg) {
      const current = await page();
      try {
        return await withinBudget(current.png({ mark: [], caption: [], chart: svg, legend: null, title: '', subject: '' }, PRINT_SCALE), budgetMs);
      } catch (error) {
        if (error instanceof ChartTimeout) giveUp();
        throw error;
      }
    },
    async pdf(html, isoDate) {
      if (!printer) {
        printer = await launched.browser.newPage();
        await offline(printer);
      }
      await printer.setContent(html, { waitUntil: 'load' });
      await printer.evaluate(() => document.fonts.ready.then(() => undefined));
      const data = await printer.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true, headerTemplate: '<div></div>', footerTemplate: FOOTER });
      return stampPdfDates(data, isoDate);
    },
    close: () => launched.close(),
  };
}
