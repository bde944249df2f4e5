// Writes the act as a Word document (the docx library): the official layout, each appendix a section of its own with its charts.
import {
  AlignmentType, Document, Footer, ImageRun, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions,
} from 'docx';
import JSZip from 'jszip';
import type { ActDocument, AppendixPage, ChartImages, TextBlock } from './model.js';
import { A4, FIRST_LINE_INDENT, FONT, FONT_SIZE, MARGIN, twip } from './docx-layout.js';

export interface DocxResult {
  data: Uint8Array;
  /** Charts left out because no image of them was rendered (no browser). */
  omitted: string[];
}

function textParagraph(b: TextBlock): Paragraph {
  const run = (bold = false) => [new TextRun({ text: b.text, bold })];
  switch (b.kind) {
    case 'approval':
      return new Paragraph({ children: run(), alignment: AlignmentType.RIGHT, indent: { left: twip(95) }, spacing: { after: 480 } });
    case 'title':
      return new Paragraph({ children: run(true), alignment: AlignmentType.CENTER, spacing: { after: 240 } });
    case 'heading':
      return new Paragraph({ children: run(true), alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, keepNext: true });
    default:
      return new Paragraph({ children: run(), alignment: AlignmentType.JUSTIFIED, indent: { firstLine: FIRST_LINE_INDENT } });
  }
}

function page(landscape: boolean): NonNullable<ISectionOptions['properties']>['page'] {
  return {
    size: { width: twip(A4.width), height: twip(A4.height), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: { left: twip(MARGIN.left), right: twip(MARGIN.right), top: twip(MARGIN.top), bottom: twip(MARGIN.bottom) },
  };
}

const footer = () => ({
  default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 24 })] })] }),
});

function centred(text: string, bold = false): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold })], keepNext: true });
}

/**
 * The chart's bands, a page each, as 300 dpi PNGs; null when a band was not rendered. Not SVG: the charts'
 * labels are HTML inside foreignObject, which neither Word's nor LibreOffice's SVG renderer draws.
 */
function imagesOf(chart: ChartImages): Paragraph[] | null {
  if (chart.bands.length === 0 || chart.bands.some((b) => b.png === null)) return null;
  return chart.bands.map((band, k) => new Paragraph({
    alignment: AlignmentType.CENTER,
    pageBreakBefore: k > 0,
    children: [new ImageRun({ type: 'png', data: band.png!, transformation: { width: band.width, height: band.height } })],
  }));
}

/**
 * An appendix as sections of its own: the first with the mark and caption, then one per further chart, each
 * landscape when its chart is wide (an appendix may hold a wide handbook and a tall one).
 */
function appendixSections(appendix: AppendixPage, charts: Map<string, ChartImages>, omitted: string[]): ISectionOptions[] {
  const sections: { landscape: boolean; children: Paragraph[] }[] = [];
  const firstChart = appendix.charts.length > 0 ? charts.get(appendix.charts[0]!.diagram) : undefined;
  const head = { landscape: firstChart?.landscape ?? false, children: [] as Paragraph[] };
  head.children.push(...appendix.mark.map((line) => new Paragraph({ alignment: AlignmentType.RIGHT, indent: { left: twip(head.landscape ? 160 : 85) }, children: [new TextRun({ text: line })] })));
  head.children.push(new Paragraph({ children: [] }), centred(appendix.caption, true));
  sections.push(head);
  appendix.charts.forEach((chart, k) => {
    const images = charts.get(chart.diagram);
    const section = k === 0 ? head : { landscape: images?.landscape ?? false, children: [] as Paragraph[] };
    if (k > 0) sections.push(section);
    if (chart.caption) section.children.push(centred(chart.caption));
    const bands = images ? imagesOf(images) : null;
    if (bands) section.children.push(...bands);
    else omitted.push(chart.diagram);
  });
  if (appendix.legend) {
    const last = sections[sections.length - 1]!;
    last.children.push(new Paragraph({ children: [new TextRun({ text: appendix.legend.heading, bold: true })], keepNext: true }));
    const legend = appendix.legend.diagram ? charts.get(appendix.legend.diagram) : undefined;
    const bands = legend ? imagesOf(legend) : null;
    if (bands) last.children.push(...bands);
    else if (appendix.legend.diagram) omitted.push(appendix.legend.diagram);
  }
  return sections.map((section) => ({ properties: { page: page(section.landscape) }, footers: footer(), children: section.children }));
}

/**
 * Word's package stamps the moment of writing into docProps/core.xml and into every zip entry; both are set
 * to the act's date (else the epoch), so the same source gives the same bytes.
 */
async function deterministic(data: Uint8Array, isoDate: string | null): Promise<Uint8Array> {
  const day = isoDate !== null && /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? isoDate : '1980-01-01';
  const date = new Date(`${day}T00:00:00Z`);
  const source = await JSZip.loadAsync(data);
  const out = new JSZip();
  for (const name of Object.keys(source.files).sort()) {
    const entry = source.files[name]!;
    if (entry.dir) continue;
    let content: string | Uint8Array = await entry.async('uint8array');
    if (name === 'docProps/core.xml') content = Buffer.from(content).toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${day}T00:00:00Z`);
    out.file(name, content, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'UNIX' });
}

export async function writeDocx(doc: ActDocument, charts: Map<string, ChartImages>): Promise<DocxResult> {
  const omitted: string[] = [];
  const body: ISectionOptions = { properties: { page: page(false) }, footers: footer(), children: doc.blocks.map(textParagraph) };
  const document = new Document({
    title: doc.title,
    creator: 'tartip',
    lastModifiedBy: 'tartip',
    revision: 1,
    styles: { default: { document: { run: { font: FONT, size: FONT_SIZE }, paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } } } } },
    sections: [body, ...doc.appendices.flatMap((a) => appendixSections(a, charts, omitted))],
  });
  const data = await Packer.toBuffer(document);
  return { data: await deterministic(new Uint8Array(data), doc.date), omitted };
}
