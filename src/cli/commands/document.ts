// `tartip document`: each act as the document that gets signed — DOCX, a web page, and its PDF printed in Chromium.
import { compile, hasErrors, type CompileResult } from '../../compile.js';
import type { Language } from '../../diagnostics/format-text.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { buildDocument } from '../../emit/document/build.js';
import type { ActDocument, ChartImages } from '../../emit/document/model.js';
import { emitDiagrams, type RegulationDiagrams } from '../../emit/mermaid/emit-diagrams.js';
import { discoverBrowser } from '../../render/browser-discovery.js';
import type { DocumentRenderer, RenderedChart } from '../../render/document-pages.js';
import { chartLayout } from '../../emit/document/docx-layout.js';
import { sliceSvg } from '../../emit/document/svg-slice.js';
import { LineMap } from '../../text/line-map.js';
import { readSource } from '../read-source.js';
import { renderFailureMessage } from '../render-failure.js';
import { cliMessage, printOutputReport, type Reporter } from '../report.js';
import { batchSummary, outputsExitCode } from '../run-files.js';
import { findSources, type SourceFile } from '../sources.js';
import { writeInside } from '../write-output.js';
import { parseFormatList } from './diagram.js';

export const DOCUMENT_FORMATS = ['docx', 'html', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export function parseDocumentFormats(value: string): DocumentFormat[] {
  return parseFormatList(value, DOCUMENT_FORMATS);
}

export interface DocumentOptions {
  outDir: string;
  formats: DocumentFormat[];
  language: Language;
  color: boolean;
  quiet: boolean;
  /** `--chart-timeout` (build): seconds one chart, or one print image, may take. */
  chartTimeout?: number | undefined;
}

interface Act {
  source: SourceFile;
  result: CompileResult;
  diagrams: RegulationDiagrams;
  document: ActDocument;
}

/** Compiles on this thread: the document is written from the bound model, which worker threads do not hand back. */
function compileActs(sources: SourceFile[], lineMaps: Map<string, LineMap>, diagnostics: Diagnostic[], stderr: (s: string) => void, language: Language): Act[] {
  const acts: Act[] = [];
  for (const source of sources) {
    if (source.path.endsWith('.json')) {
      stderr(cliMessage('TRT3303', { path: source.path }, language));
      continue;
    }
    const read = readSource(source.path);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    lineMaps.set(source.path, new LineMap(read.text));
    const result = compile(read.text, source.path, `${source.outputName}.tartip`);
    diagnostics.push(...result.diagnostics);
    if (!result.json || hasErrors(result.diagnostics)) continue;
    const diagrams = emitDiagrams(result.json);
    acts.push({ source, result, diagrams, document: buildDocument(result.model, diagrams) });
  }
  return acts;
}

/** Opens the browser the charts and PDFs need; without one, says so and goes on without charts. */
async function openRenderer(options: DocumentOptions, stderr: (s: string) => void): Promise<DocumentRenderer | undefined> {
  const browser = discoverBrowser();
  if (!browser.found) {
    stderr(cliMessage('TRT3301', { tried: browser.tried.join(', ') }, options.language));
    return undefined;
  }
  try {
    const { openDocumentRenderer } = await import('../../render/document-pages.js');
    return await openDocumentRenderer(browser.path, options.chartTimeout === undefined ? undefined : options.chartTimeout * 1000);
  } catch (error) {
    stderr(cliMessage('TRT3305', { path: browser.path, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) }, options.language));
    return undefined;
  }
}

/** The chart cut into its pages' bands, each band with its PNG when Word needs one (a PNG at 300 dpi is most of the time). */
async function paged(image: RenderedChart, renderer: DocumentRenderer, withPng: boolean): Promise<ChartImages> {
  const layout = chartLayout(image.width, image.height);
  const bands = [];
  for (const [k, band] of layout.bands.entries()) {
    const svg = sliceSvg(image.svg, band.from, band.height, layout.scale, k + 1);
    bands.push({ svg, png: withPng ? await renderer.png(svg) : null, width: Math.round(image.width * layout.scale), height: Math.round(band.height * layout.scale) });
  }
  return { svg: image.svg, width: image.width, height: image.height, landscape: layout.landscape, bands };
}

/** A rendered SVG's size in CSS pixels, from its viewBox (Mermaid writes one on every drawing). */
function svgSize(svg: string): { width: number; height: number } {
  const box = /<svg\b[^>]*\sviewBox="([^"]*)"/.exec(svg)?.[1]?.split(/[\s,]+/).map(Number) ?? [];
  return { width: box[2] ?? 0, height: box[3] ?? 0 };
}

export interface DocumentRun {
  code: number;
  written: Record<DocumentFormat, number>;
}

/**
 * Writes the documents of compiled acts; shared by `document` and `build`. `drawn` holds SVGs already
 * rendered (by `build`'s diagrams), by act and diagram name, null for one that failed there (and was
 * reported): it is left out; the others are rendered here.
 */
export async function writeDocuments(sources: SourceFile[], lineMaps: Map<string, LineMap>, diagnostics: Diagnostic[], options: DocumentOptions, stderr: (s: string) => void, drawn: Map<string, Map<string, string | null>> = new Map()): Promise<DocumentRun> {
  const written: Record<DocumentFormat, number> = { docx: 0, html: 0, pdf: 0 };
  let code = sources.some((s) => s.path.endsWith('.json')) ? 2 : 0;
  const acts = compileActs(sources, lineMaps, diagnostics, stderr, options.language);
  if (acts.length === 0) return { code, written };
  const store = (name: string, format: DocumentFormat, data: string | Uint8Array): void => {
    const failure = writeInside(options.outDir, `${name}.${format}`, data);
    if (failure === null) written[format]++;
    else {
      code = 2;
      stderr(cliMessage(failure.code, failure.args, options.language));
    }
  };
  const renderer = await openRenderer(options, stderr);
  if (!renderer) code = 2;
  const [{ writeDocx }, { writeHtml }] = await Promise.all([import('../../emit/document/docx.js'), import('../../emit/document/html.js')]);
  try {
    for (const act of acts) {
      const name = act.source.outputName;
      const charts = new Map<string, ChartImages>();
      if (renderer) {
        const known = drawn.get(name) ?? new Map<string, string | null>();
        const missing = act.diagrams.diagrams.filter((d) => !known.has(d.name));
        const rendered = await renderer.charts({ key: name, diagrams: { ...act.diagrams, diagrams: missing } });
        for (const [diagram, svg] of known) if (svg !== null) rendered.charts.set(diagram, { svg, ...svgSize(svg) });
        for (const d of act.diagrams.diagrams) {
          const image = rendered.charts.get(d.name);
          if (!image) continue;
          try {
            charts.set(d.name, await paged(image, renderer, options.formats.includes('docx')));
          } catch (error) {
            // A chart whose print image fails (a busy browser timing out) is left out and reported; the act goes on.
            code = 2;
            stderr(cliMessage('TRT3104', { diagram: `${name}/${d.name}`, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) }, options.language));
          }
        }
        for (const failure of rendered.failures) {
          code = 2;
          stderr(renderFailureMessage(`${name}/${failure.diagram}`, failure, options.chartTimeout, options.language));
        }
      }
      const html = writeHtml(act.document, charts);
      if (options.formats.includes('docx')) {
        // A chart left out was reported already: no browser (TRT3301), its drawing failed (TRT3104, TRT3250) or was refused (TRT3251).
        const docx = await writeDocx(act.document, charts);
        store(name, 'docx', docx.data);
      }
      if (options.formats.includes('html')) store(name, 'html', html);
      if (options.formats.includes('pdf') && renderer) {
        try {
          store(name, 'pdf', await renderer.pdf(html, act.document.date));
        } catch (error) {
          code = 2;
          stderr(cliMessage('TRT3104', { diagram: `${name}.pdf`, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) }, options.language));
        }
      }
    }
  } finally {
    await renderer?.close();
  }
  return { code, written };
}

export function documentSummary(written: Record<DocumentFormat, number>, formats: DocumentFormat[]): string {
  return DOCUMENT_FORMATS.filter((f) => formats.includes(f)).map((f) => `${written[f]} .${f}`).join(', ');
}

export async function runDocument(inputs: string[], options: DocumentOptions, stdout: (s: string) => void, stderr: (s: string) => void): Promise<number> {
  const sources = findSources(inputs);
  const lineMaps = new Map<string, LineMap>();
  const diagnostics: Diagnostic[] = [];
  const run = await writeDocuments(sources, lineMaps, diagnostics, options, stderr);
  const reporter: Reporter = { language: options.language, color: options.color, sources: lineMaps };
  printOutputReport(reporter, diagnostics, sources.length, options.quiet, stderr);
  stderr(batchSummary(sources.map((s) => s.path), diagnostics, options.language));
  if (!options.quiet) stdout(`${documentSummary(run.written, options.formats)} → ${options.outDir}\n`);
  return outputsExitCode(diagnostics, run.code !== 0);
}
