// Code that runs inside the rendering page: Mermaid rendering, the annex sheet, A4 print layout.
// It is passed to the browser as one self-contained function, so it must not use imports or
// anything outside its own body.

export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
}

export interface SheetSpec {
  /** The annex mark, top right: «"…" регламентіне», «N қосымша». */
  mark: string[];
  /** Centred captions: the appendix's, then the chart's. */
  caption: string[];
  chart: string;
  legend: string | null;
}

export interface PrintLayout {
  landscape: boolean;
  pages: number;
  scale: number;
}

export interface PageApi {
  render(id: string, text: string): Promise<RenderedSvg>;
  sheet(spec: SheetSpec): { width: number; height: number };
  print(spec: SheetSpec): PrintLayout;
}

declare global {
  interface Window {
    __tartip: PageApi;
  }
}

export function installPageApi(): void {
  const A4 = { short: 793.7, long: 1122.5 };
  const MARGIN = 45; // ≈ 12 mm
  const MIN_SCALE = 0.62; // below this one page is no longer legible: the chart is split over pages
  const SAFETY = 6; // px kept free at the foot of a page against rounding in the printed layout
  const LEGEND_SCALE = 0.8;
  const MIN_SHEET_WIDTH = 640; // px: room for the annex mark and the captions beside a narrow chart
  const SVG = 'image/svg+xml';
  const work = document.getElementById('work')!;
  const sheetRoot = document.getElementById('sheet')!;
  const printRoot = document.getElementById('print')!;
  const pageStyle = document.getElementById('page-style')!;

  const mermaid = (window as unknown as { mermaid: { render(id: string, text: string, el: Element): Promise<{ svg: string }> } }).mermaid;

  function parseSvg(text: string): SVGSVGElement {
    return document.importNode(new DOMParser().parseFromString(text, SVG).documentElement, true) as unknown as SVGSVGElement;
  }

  function viewBox(svg: SVGSVGElement): { x: number; y: number; width: number; height: number } {
    const [x, y, width, height] = (svg.getAttribute('viewBox') ?? '0 0 0 0').split(/[\s,]+/).map(Number) as [number, number, number, number];
    return { x, y, width, height };
  }

  function sized(svg: SVGSVGElement, scale: number, box = viewBox(svg)): SVGSVGElement {
    svg.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
    svg.setAttribute('width', String(box.width * scale));
    svg.setAttribute('height', String(box.height * scale));
    svg.style.maxWidth = 'none';
    svg.style.display = 'block';
    return svg;
  }

  function block(className: string, lines: string[]): HTMLDivElement {
    const div = document.createElement('div');
    div.className = className;
    lines.forEach((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      div.appendChild(p);
    });
    return div;
  }

  function head(spec: SheetSpec): HTMLDivElement {
    const div = document.createElement('div');
    div.className = 'head';
    div.append(block('mark', spec.mark), block('caption', spec.caption));
    return div;
  }

  async function render(id: string, text: string): Promise<RenderedSvg> {
    // Mermaid finds its SVG by id in the whole document: no earlier sheet may still hold one.
    sheetRoot.replaceChildren();
    printRoot.replaceChildren();
    work.replaceChildren();
    const { svg } = await mermaid.render(id, text, work);
    work.innerHTML = svg;
    const element = work.querySelector('svg') as SVGSVGElement;
    const box = viewBox(element);
    return { svg: new XMLSerializer().serializeToString(element), width: box.width, height: box.height };
  }

  function sheet(spec: SheetSpec): { width: number; height: number } {
    const chart = sized(parseSvg(spec.chart), 1);
    sheetRoot.replaceChildren(head(spec), chart);
    let width = viewBox(chart).width;
    if (spec.legend !== null) {
      const legend = document.createElement('div');
      legend.className = 'legend';
      const legendSvg = sized(parseSvg(spec.legend), 1);
      legend.appendChild(legendSvg);
      sheetRoot.appendChild(legend);
      width = Math.max(width, viewBox(legendSvg).width);
    }
    // As wide as the chart (captions wrap within it), never by the window: the window is whatever size the
    // previous sheet's screenshot left, and the same sheet must come out the same after any other.
    sheetRoot.style.width = `${Math.ceil(Math.max(width, MIN_SHEET_WIDTH))}px`;
    const rect = sheetRoot.getBoundingClientRect();
    return { width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
  }

  /** Vertical extents, in viewBox units, of everything a page break must not cut through. */
  function solidBands(svg: SVGSVGElement): { top: number; bottom: number }[] {
    const box = viewBox(svg);
    const outer = svg.getBoundingClientRect();
    const unit = box.height / outer.height;
    return [...svg.querySelectorAll('g.node, g.edgeLabel, g.cluster-label')].map((el) => {
      const r = el.getBoundingClientRect();
      return { top: box.y + (r.top - outer.top) * unit, bottom: box.y + (r.bottom - outer.top) * unit };
    });
  }

  /** The bottom of the lanes' title band, repeated at the top of every continuation page. */
  function laneHeaderBottom(svg: SVGSVGElement): number {
    const box = viewBox(svg);
    const outer = svg.getBoundingClientRect();
    const unit = box.height / outer.height;
    const bottoms = [...svg.querySelectorAll('rect.swimlane-title')].map((el) => box.y + (el.getBoundingClientRect().bottom - outer.top) * unit);
    return bottoms.length > 0 ? Math.max(...bottoms) : box.y;
  }

  /** Cuts [top, bottom] into pieces no taller than the room on each page, between boxes where possible. */
  function cuts(bands: { top: number; bottom: number }[], top: number, bottom: number, first: number, rest: number): number[] {
    const result = [top];
    let start = top;
    let room = first;
    while (bottom - start > room) {
      let y = start + room;
      for (let moved = true; moved; ) {
        moved = false;
        for (const band of bands) {
          if (band.top < y && y < band.bottom) {
            y = band.top - 2;
            moved = true;
          }
        }
      }
      if (y <= start + room / 4) y = start + room;
      result.push(y);
      start = y;
      room = rest;
    }
    result.push(bottom);
    return result;
  }

  function legendBlock(svg: SVGSVGElement, width: number): HTMLDivElement {
    const legend = document.createElement('div');
    legend.className = 'legend';
    legend.appendChild(sized(svg.cloneNode(true) as SVGSVGElement, Math.min(LEGEND_SCALE, width / viewBox(svg).width)));
    return legend;
  }

  function pageOf(width: number, children: Node[]): HTMLDivElement {
    const div = document.createElement('div');
    div.className = 'page';
    div.style.width = `${width}px`;
    div.append(...children);
    printRoot.appendChild(div);
    return div;
  }

  /** Height of laid-out content: pages are flow roots, so margins count. */
  function heightOf(element: HTMLElement): number {
    return element.getBoundingClientRect().height;
  }

  /**
   * Lays the annex out on A4 for printing. The whole annex on one page, portrait or landscape,
   * whichever shows it larger, when its scale stays legible; otherwise the chart is cut between
   * boxes over portrait (tall) or landscape (wide) pages at the width of the page, each
   * continuation page repeating the lanes' titles. Every height is measured, not estimated.
   */
  function print(spec: SheetSpec): PrintLayout {
    printRoot.replaceChildren();
    const chart = parseSvg(spec.chart);
    const box = viewBox(chart);
    const legendSvg = spec.legend === null ? null : parseSvg(spec.legend);
    const area = (landscape: boolean) => ({
      width: (landscape ? A4.long : A4.short) - 2 * MARGIN,
      height: (landscape ? A4.short : A4.long) - 2 * MARGIN - SAFETY,
    });

    const onePage = (landscape: boolean): number => {
      const { width, height } = area(landscape);
      let scale = Math.min(1, width / box.width);
      for (let round = 0; round < 3; round++) {
        const trial = pageOf(width, [head(spec), sized(chart.cloneNode(true) as SVGSVGElement, scale), ...(legendSvg ? [legendBlock(legendSvg, width)] : [])]);
        const used = heightOf(trial);
        trial.remove();
        if (used <= height + 0.5) return scale;
        const fixed = used - box.height * scale;
        scale = Math.min(scale * 0.995, (height - fixed) / box.height);
      }
      return scale;
    };
    const portrait = onePage(false);
    const landscape = onePage(true);
    const single = Math.max(portrait, landscape);
    const isLandscape = single >= MIN_SCALE ? landscape > portrait : box.width > box.height;
    const { width, height } = area(isLandscape);
    pageStyle.textContent = `@page { size: A4 ${isLandscape ? 'landscape' : 'portrait'}; margin: ${MARGIN}px; }`;

    if (single >= MIN_SCALE) {
      pageOf(width, [head(spec), sized(chart, single), ...(legendSvg ? [legendBlock(legendSvg, width)] : [])]);
      return { landscape: isLandscape, pages: 1, scale: single };
    }

    const scale = Math.min(1, width / box.width);
    work.replaceChildren(sized(chart.cloneNode(true) as SVGSVGElement, 1));
    const measured = work.querySelector('svg') as SVGSVGElement;
    const headerHeight = laneHeaderBottom(measured) - box.y;
    const bands = solidBands(measured);
    work.replaceChildren();
    const headOnly = pageOf(width, [head(spec)]);
    const headHeight = heightOf(headOnly);
    headOnly.remove();
    const ys = cuts(bands, box.y, box.y + box.height, (height - headHeight) / scale, height / scale - headerHeight);
    const pages: HTMLDivElement[] = [];
    for (let i = 0; i + 1 < ys.length; i++) {
      const slice = sized(chart.cloneNode(true) as SVGSVGElement, scale, { ...box, y: ys[i]!, height: ys[i + 1]! - ys[i]! });
      const band = sized(chart.cloneNode(true) as SVGSVGElement, scale, { ...box, height: headerHeight });
      pages.push(pageOf(width, i === 0 ? [head(spec), slice] : headerHeight > 0 ? [band, slice] : [slice]));
    }
    if (legendSvg !== null) {
      const last = pages[pages.length - 1]!;
      const legend = legendBlock(legendSvg, width);
      last.appendChild(legend);
      if (heightOf(last) > height) pages.push(pageOf(width, [legend]));
    }
    return { landscape: isLandscape, pages: pages.length, scale };
  }

  window.__tartip = { render, sheet, print };
}
