// The one page of a batch: loads Mermaid once, then renders every diagram to SVG, PNG and PDF.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'puppeteer';
import { installPageApi, type PrintLayout, type RenderedSvg, type SheetSpec } from './page-api.js';

/**
 * The Mermaid build that @mermaid-js/mermaid-cli itself renders with, so our output matches
 * `mmdc`. Its self-contained browser bundle is injected once per batch instead of per diagram.
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
.head { margin-bottom: 18px; }
.mark { margin-left: auto; max-width: 440px; text-align: right; font-size: 12px; line-height: 1.35; }
.mark p, .caption p { margin: 0; }
.caption { margin-top: 14px; text-align: center; font-size: 15px; font-weight: bold; line-height: 1.35; }
.caption p + p { margin-top: 4px; font-size: 13px; font-weight: normal; font-style: italic; }
.legend { margin-top: 18px; break-inside: avoid; }
.page { display: flow-root; break-after: page; }
.page > svg { margin: 0 auto; }
.page:last-child { break-after: auto; }
@media print { #work, #sheet { display: none; } }
</style><style id="page-style"></style></head>
<body><div id="sheet"></div><div id="print"></div><div id="work"></div></body></html>`;

export class MermaidPage {
  private constructor(private readonly page: Page) {}

  /** Opens the page in the browser, or in a context of its own (a window of its own, for a batch's second page). */
  static async open(browser: Browser | BrowserContext, bundle: string = readFileSync(mermaidBundlePath(), 'utf8')): Promise<MermaidPage> {
    const page = await browser.newPage();
    // Nothing a diagram draws may reach the network: everything the page needs is injected.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith('data:') || request.url() === 'about:blank') void request.continue();
      else void request.abort('blockedbyclient');
    });
    await page.setContent(SHELL, { waitUntil: 'load' });
    await page.addScriptTag({ content: bundle });
    await page.evaluate(installPageApi);
    await page.evaluate((settings) => {
      (window as unknown as { mermaid: { initialize(s: unknown): void } }).mermaid.initialize(settings);
    }, MERMAID_SETTINGS);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return new MermaidPage(page);
  }

  /** Renders Mermaid text; `id` names the SVG element and prefixes its inner ids. */
  async svg(id: string, text: string): Promise<RenderedSvg> {
    return this.page.evaluate((i, t) => window.__tartip.render(i, t), id, text);
  }

  /** The annex sheet (mark, captions, chart, legend) as a PNG at print resolution. */
  async png(spec: SheetSpec, deviceScaleFactor = 2): Promise<Uint8Array> {
    const size = await this.page.evaluate((s) => window.__tartip.sheet(s), spec);
    // Chromium cannot capture beyond 16 384 device pixels a side; very large sheets drop to 1×.
    const factor = Math.max(size.width, size.height) * deviceScaleFactor > 16_000 ? 1 : deviceScaleFactor;
    await this.page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: factor });
    return this.page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: size.width, height: size.height } });
  }

  /** The annex on A4 pages: one page when it fits legibly, else split between boxes. */
  async pdf(spec: SheetSpec): Promise<{ data: Uint8Array; layout: PrintLayout }> {
    const layout = await this.page.evaluate((s) => {
      document.getElementById('sheet')!.replaceChildren();
      return window.__tartip.print(s);
    }, spec);
    const data = await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
    await this.page.evaluate(() => document.getElementById('print')!.replaceChildren());
    return { data, layout };
  }
}
