// Real rendering in Chromium: lanes, boxes and texts in the SVG, A4 PDFs, PNGs, determinism, glyphs.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compile } from '../../src/compile.js';
import { emitDiagrams, type DiagramSource, type RegulationDiagrams } from '../../src/emit/mermaid/emit-diagrams.js';
import { renderBatch, type ImageFormat, type RenderInput } from '../../src/render/batch.js';
import { sheetSpec } from '../../src/render/sheet-spec.js';
import { openSharedPage, regulationDiagrams, regulationFiles, requireBrowser, SEED, svgText } from './browser.js';

type Outputs = Map<string, string | Uint8Array>;

async function render(inputs: RenderInput[], formats: ImageFormat[]): Promise<{ outputs: Outputs; progress: number }> {
  const outputs: Outputs = new Map();
  let progress = 0;
  const result = await renderBatch(inputs, {
    formats,
    browserPath: requireBrowser(),
    onProgress: () => progress++,
    write: (key, diagram, format, data) => outputs.set(`${key}/${diagram.name}.${format}`, data),
  });
  expect(result.failures).toEqual([]);
  expect(result.interrupted).toBe(false);
  return { outputs, progress };
}

function pdfPages(pdf: Uint8Array): { count: number; boxes: string[] } {
  const text = Buffer.from(pdf).toString('latin1');
  return { count: (text.match(/\/Type\s*\/Page\b/g) ?? []).length, boxes: [...text.matchAll(/\/MediaBox\s*\[([^\]]*)\]/g)].map((m) => m[1]!.trim()) };
}

function isA4(box: string): boolean {
  const [, , w, h] = box.split(/\s+/).map(Number) as [number, number, number, number];
  const [short, long] = [Math.min(w, h), Math.max(w, h)];
  return Math.abs(short - 595.3) < 2 && Math.abs(long - 841.9) < 2;
}

const seed = regulationDiagrams(SEED);
let seedOutputs: Outputs;

beforeAll(async () => {
  seedOutputs = (await render([{ key: 'seed', diagrams: seed }], ['svg', 'png', 'pdf'])).outputs;
}, 120_000);

describe('rendering the seed act’s appendices', () => {
  const charts = seed.diagrams.filter((d) => d.kind === 'chart');

  it('writes SVG, PNG and PDF for every chart and SVG for every legend', () => {
    const expected = seed.diagrams.flatMap((d) => (d.kind === 'chart' ? ['svg', 'png', 'pdf'] : ['svg']).map((f) => `seed/${d.name}.${f}`));
    expect([...seedOutputs.keys()].sort()).toEqual(expected.sort());
  });

  it.each(charts.map((d) => [d.name, d] as [string, DiagramSource]))('%s: every lane, box and text of the chart is in the SVG', (_, diagram) => {
    const svg = seedOutputs.get(`seed/${diagram.name}.svg`) as string;
    expect(svg.startsWith('<svg')).toBe(true);
    const lanes = [...diagram.mermaid.matchAll(/^ {2}subgraph \w+\["(.*)"\]$/gm)].map((m) => m[1]!);
    expect((svg.match(/class="cluster swimlane/g) ?? []).length).toBe(lanes.length);
    const nodes = diagram.mermaid.split('\n').filter((l) => /^ {4}\w+[[({@]/.test(l)).length;
    expect((svg.match(/<g class="node /g) ?? []).length).toBe(nodes);
    const text = svgText(svg);
    // A lane title takes two lines (equal header heights): each line is in the SVG.
    for (const lane of lanes) for (const line of lane.split('<br/>')) {
      const plain = line.replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).trim();
      if (plain !== '') expect(text).toContain(plain);
    }
    const labels = [...diagram.mermaid.matchAll(/^ {4}\w+(?:\[|\(|\{)+"(.*)"[\])}]+$/gm)].flatMap((m) => m[1]!.split('<br/>'));
    for (const label of labels) {
      const plain = label.replace(/<\/?[bi]>/g, '').replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).trim();
      if (plain !== '') expect(text).toContain(plain);
    }
    for (const word of diagram.mermaid.match(/\|"(Иә|Жоқ|Бас тарту)"\|/g) ?? []) expect(text).toContain(word.slice(2, -2));
  });

  it('draws both legends with every entry of the seed act', () => {
    const handbook = svgText(seedOutputs.get('seed/appendix-2-handbook-legend.svg') as string);
    for (const entry of ['Шартты белгілер:', 'мемлекеттік қызмет көрсетудің басталуы немесе аяқталуы', 'рәсімдердің (іс-қимылдардың) реттілік шарты', 'келесі рәсімге (іс-қимылға) өту']) expect(handbook).toContain(entry);
    const is = svgText(seedOutputs.get('seed/appendix-1-is-diagram-legend.svg') as string);
    for (const entry of ['Бастапқы хабарлама', 'Соңғы хабарлама', 'Соңғы қарапайым оқиғалар', 'Қате', 'Ақпараттық жүйе', 'Процесс', 'Шарт', 'Хабарламалар ағыны', 'Басқару ағыны']) expect(is).toContain(entry);
  });

  it.each(charts.map((d) => d.name))('%s: the PNG is the annex sheet at print resolution', (name) => {
    const png = Buffer.from(seedOutputs.get(`seed/${name}.png`) as Uint8Array);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const svg = seedOutputs.get(`seed/${name}.svg`) as string;
    const svgWidth = Number(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(svg)![1]);
    expect(width).toBeGreaterThan(svgWidth * 1.9);
  });

  it.each(charts.map((d) => d.name))('%s: the PDF is on A4 pages', (name) => {
    const pdf = seedOutputs.get(`seed/${name}.pdf`) as Uint8Array;
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const { count, boxes } = pdfPages(pdf);
    expect(count).toBeGreaterThan(0);
    expect(boxes.length).toBeGreaterThanOrEqual(1);
    for (const box of boxes) expect(isA4(box), box).toBe(true);
  });

  it('gives byte-identical SVG, PNG and PDF in a fresh browser, whatever was rendered before', async () => {
    const reversed = { ...seed, diagrams: [...seed.diagrams].reverse() };
    const again = (await render([{ key: 'other', diagrams: regulationDiagrams(regulationFiles().find((f) => f !== SEED) ?? SEED) }, { key: 'seed', diagrams: reversed }], ['svg', 'png', 'pdf'])).outputs;
    for (const key of seedOutputs.keys()) {
      const [before, after] = [seedOutputs.get(key)!, again.get(key)!];
      expect(typeof before === 'string' ? after : Buffer.from(after as Uint8Array).equals(Buffer.from(before)), key).toBe(typeof before === 'string' ? before : true);
    }
    // The PDF carries the act's approval date, not the moment it was printed.
    const pdf = Buffer.from(seedOutputs.get('seed/appendix-2-handbook-provider.pdf') as Uint8Array).toString('latin1');
    expect(pdf).toContain("/CreationDate (D:20150902000000+00'00')");
  }, 120_000);
});

describe('the print layout', () => {
  const shared = openSharedPage();

  it('renders a diagram the same after a printed sheet of a diagram with the same name', async () => {
    const chart = seed.diagrams.find((d) => d.name === 'appendix-2-handbook-provider')!;
    const first = (await shared.page.svg(`tartip-${chart.name}`, chart.mermaid)).svg;
    await shared.page.png(sheetSpec(seed.title, chart, first, null));
    const second = (await shared.page.svg(`tartip-${chart.name}`, chart.mermaid)).svg;
    expect(second).toBe(first);
  }, 60_000);

  it('fits a short chart on one page and splits a long one over pages, never below a legible scale on one page', async () => {
    const legends = new Map<string, string>();
    for (const d of seed.diagrams.filter((x) => x.kind === 'legend')) legends.set(d.name, (await shared.page.svg(`t-${d.name}`, d.mermaid)).svg);
    const layouts = new Map<string, { pages: number; scale: number; count: number }>();
    // The pagination is what is tested: the seed's charts in the packed layout, whose office chart is short.
    const packed = emitDiagrams(compile(readFileSync(new URL(`../../regulations/${SEED}`, import.meta.url), 'utf8'), SEED).json!, { layout: 'packed' });
    for (const d of packed.diagrams.filter((x) => x.kind === 'chart')) {
      const svg = (await shared.page.svg(`t-${d.name}`, d.mermaid)).svg;
      const { data, layout } = await shared.page.pdf(sheetSpec(seed.title, d, svg, legends.get(d.legend!) ?? null));
      layouts.set(d.name, { pages: layout.pages, scale: layout.scale, count: pdfPages(data).count });
    }
    for (const [name, l] of layouts) {
      expect(l.count, name).toBe(l.pages);
      if (l.pages === 1) expect(l.scale, name).toBeGreaterThanOrEqual(0.62);
      expect(l.scale, name).toBeLessThanOrEqual(1);
    }
    expect(layouts.get('appendix-2-handbook-provider')!.pages).toBe(1);
    expect(layouts.get('appendix-2-handbook-portal')!.pages).toBeGreaterThan(1);
  }, 60_000);
});

describe('the «rows» layout', () => {
  it('puts each step of the seed act’s office chart on a row of its own, where the packed layout shares rows', async () => {
    const rowsOf = (svg: string) => new Set([...svg.matchAll(/<g class="node [^"]*"[^>]*transform="translate\(([-\d.]+), ?([-\d.]+)\)"/g)].map((m) => Math.round(Number(m[2])))).size;
    const chart = (diagrams: RegulationDiagrams) => ({ ...diagrams, diagrams: diagrams.diagrams.filter((d) => d.name === 'appendix-2-handbook-provider') });
    const source = readFileSync(new URL(`../../regulations/${SEED}`, import.meta.url), 'utf8');
    const json = compile(source, SEED).json!;
    const { outputs } = await render([{ key: 'packed', diagrams: chart(emitDiagrams(json, { layout: 'packed' })) }, { key: 'rows', diagrams: chart(emitDiagrams(json, { layout: 'rows' })) }], ['svg']);
    const packed = rowsOf(outputs.get('packed/appendix-2-handbook-provider.svg') as string);
    const rows = rowsOf(outputs.get('rows/appendix-2-handbook-provider.svg') as string);
    // Start, five actions and the end: seven rows one below the other.
    expect(rows).toBe(7);
    expect(packed).toBeLessThan(rows);
  }, 60_000);
});

describe('rendering every regulation in regulations/', () => {
  it('renders every diagram of each act to SVG, reporting progress for every diagram', async () => {
    const inputs = regulationFiles().map((f) => ({ key: f, diagrams: regulationDiagrams(f) }));
    const total = inputs.reduce((n, i) => n + i.diagrams.diagrams.length, 0);
    const { outputs, progress } = await render(inputs, ['svg']);
    expect(progress).toBe(total);
    expect(outputs.size).toBe(total);
    for (const [name, svg] of outputs) expect((svg as string).includes('class="cluster swimlane') || name.endsWith('-legend.svg'), name).toBe(true);
  }, 120_000);
});
