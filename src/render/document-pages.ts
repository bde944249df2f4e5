// The browser work of `tartip document`: every chart as SVG and a 300 dpi PNG, and each act's web page printed to an A4 PDF.
import type { Page } from 'puppeteer';
import type { RegulationDiagrams } from '../emit/mermaid/emit-diagrams.js';
import { launchBrowser } from './launch.js';
import { MermaidPage } from './mermaid-page.js';
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
  /** Every diagram of the act by name; a diagram that fails is left out and its reason returned. */
  charts(job: DocumentRenderJob): Promise<{ charts: Map<string, RenderedChart>; failures: { diagram: string; reason: string }[] }>;
  /** The page printed on A4 with page numbers at the foot; the PDF's title is the page's title. */
  pdf(html: string, isoDate: string | null): Promise<Uint8Array>;
  close(): Promise<void>;
}

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

export async function openDocumentRenderer(browserPath: string): Promise<DocumentRenderer> {
  const launched = await launchBrowser(browserPath);
  let mermaid: MermaidPage | undefined;
  let printer: Page | undefined;
  return {
    async charts(job) {
      mermaid ??= await MermaidPage.open(launched.browser);
      const charts = new Map<string, RenderedChart>();
      const failures: { diagram: string; reason: string }[] = [];
      for (const diagram of job.diagrams.diagrams) {
        try {
          const rendered = await mermaid.svg(`tartip-${diagram.name}`, diagram.mermaid);
          charts.set(diagram.name, { svg: rendered.svg, width: rendered.width, height: rendered.height });
        } catch (error) {
          failures.push({ diagram: diagram.name, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
        }
      }
      return { charts, failures };
    },
    async png(svg) {
      mermaid ??= await MermaidPage.open(launched.browser);
      return mermaid.png({ mark: [], caption: [], chart: svg, legend: null, title: '', subject: '' }, PRINT_SCALE);
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
