// Code that runs inside the rendering page: an annex laid out on A4 pages for printing to PDF.
// It is passed to the browser as one self-contained function (it uses only what page-api.ts put on window).
import type { SheetSpec } from './page-api.js';

export interface PrintLayout {
  landscape: boolean;
  pages: number;
  scale: number;
  /** Where the chart was cut between pages, in its viewBox units (empty on one page). */
  breaks: number[];
  /** The part of the chart on each page, in viewBox units: [top, bottom]. */
  slices: [number, number][];
  /** The vertical extents of the boxes and labels no break may cut, in viewBox units. */
  solids: [number, number][];
  /** How full each page is: its content's height over the room on an A4 page. */
  fill: number[];
  /** The largest scale the page's width allows the chart: a chart wider than legible is limited by it. */
  widthScale: number;
  /** The largest scale at which the whole annex fits on one page, in whichever orientation shows it larger. */
  onePageScale: number;
}

declare global {
  interface Window {
    __tartipPrint: (spec: SheetSpec) => PrintLayout;
  }
}

export function installPrintApi(): void {
  const A4 = { short: 793.7, long: 1122.5 }; // CSS px at 96 dpi
  const MARGIN = 45; // ≈ 12 mm
  // The legibility floor: below it one page is no longer legible and the chart is split over pages. The
  // boxes' 13 px type prints at 13 × 0.62 ≈ 8 px ≈ 6 pt, the arrows' labels at 5.6 pt, the lane titles at 5.1 pt.
  const MIN_SCALE = 0.62;
  const SAFETY = 6; // px kept free at the foot of a page against rounding in the printed layout
  const LEGEND_SCALE = 0.8;
  const GAP = 2; // viewBox units left between a break and the box above it
  const { parseSvg, viewBox, sized, head } = window.__tartipUtil;
  const printRoot = document.getElementById('print')!;
  const work = document.getElementById('work')!;
  const pageStyle = document.getElementById('page-style')!;
  type Band = [number, number];

  /** Vertical extents, in viewBox units, of everything a page break must not cut through, merged and sorted. */
  function solidBands(svg: SVGSVGElement): Band[] {
    const box = viewBox(svg);
    const outer = svg.getBoundingClientRect();
    const unit = box.height / outer.height;
    const bands = [...svg.querySelectorAll('g.node, g.edgeLabel, g.cluster-label')]
      .map((el): Band => {
        const r = el.getBoundingClientRect();
        return [box.y + (r.top - outer.top) * unit, box.y + (r.bottom - outer.top) * unit];
      })
      .filter(([top, bottom]) => bottom > top)
      .sort((a, b) => a[0] - b[0]);
    const merged: Band[] = [];
    for (const band of bands) {
      const last = merged[merged.length - 1];
      if (last && band[0] <= last[1]) last[1] = Math.max(last[1], band[1]);
      else merged.push([band[0], band[1]]);
    }
    return merged;
  }

  /** The bottom of the lanes' title band, repeated at the top of every continuation page. */
  function laneHeaderBottom(svg: SVGSVGElement): number {
    const box = viewBox(svg);
    const outer = svg.getBoundingClientRect();
    const unit = box.height / outer.height;
    const bottoms = [...svg.querySelectorAll('rect.swimlane-title')].map((el) => box.y + (el.getBoundingClientRect().bottom - outer.top) * unit);
    return bottoms.length > 0 ? Math.max(...bottoms) : box.y;
  }

  /**
   * Cuts [top, bottom] into pieces of at most `first` (the first page, below the caption block) and then
   * `rest` each, always between bands: a break never runs through a box. Null when some band is taller
   * than a page, so no break between bands fits.
   */
  function cuts(bands: Band[], top: number, bottom: number, first: number, rest: number): number[] | null {
    const result = [top];
    let start = top;
    let room = first;
    while (bottom - start > room) {
      let y = start + room;
      const inside = bands.find(([a, b]) => a < y && y < b);
      if (inside) y = inside[0] - GAP;
      if (y <= start) return null;
      result.push(y);
      start = y;
      room = rest;
    }
    result.push(bottom);
    return result;
  }

  /**
   * The same number of pages as the fullest cut, but with every page holding less so the last one is not
   * nearly empty: the largest reduction of every page's room that keeps the page count (bisection).
   */
  function balancedCuts(bands: Band[], top: number, bottom: number, first: number, rest: number): number[] | null {
    const full = cuts(bands, top, bottom, first, rest);
    if (full === null || full.length <= 2) return full;
    let low = 0;
    let high = Math.min(first, rest);
    let best = full;
    for (let round = 0; round < 24; round++) {
      const mid = (low + high) / 2;
      const trial = cuts(bands, top, bottom, first - mid, rest - mid);
      if (trial !== null && trial.length === full.length) {
        best = trial;
        low = mid;
      } else high = mid;
    }
    return best;
  }

  /** The legend, never printed larger than the chart it explains (`limit`: the chart's scale on one page). */
  function legendBlock(svg: SVGSVGElement, width: number, limit = 1): HTMLDivElement {
    const legend = document.createElement('div');
    legend.className = 'legend';
    legend.appendChild(sized(svg.cloneNode(true) as SVGSVGElement, Math.min(LEGEND_SCALE, limit, width / viewBox(svg).width)));
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
   * whichever shows it larger, when its scale stays legible (the printed annexes are one page each);
   * otherwise the chart is cut between rows of boxes over pages of the orientation that needs fewer,
   * each continuation page repeating the lanes' titles, the pages filled evenly so that the last is
   * never nearly empty, the legend kept whole on the last. Every height is measured, not estimated.
   */
  function print(spec: SheetSpec): PrintLayout {
    printRoot.replaceChildren();
    document.title = spec.title;
    const chart = parseSvg(spec.chart);
    const box = viewBox(chart);
    const legendSvg = spec.legend === null ? null : parseSvg(spec.legend);
    const area = (landscape: boolean) => ({
      width: (landscape ? A4.long : A4.short) - 2 * MARGIN,
      height: (landscape ? A4.short : A4.long) - 2 * MARGIN - SAFETY,
    });
    const legendOf = (width: number, limit = 1) => (legendSvg ? [legendBlock(legendSvg, width, limit)] : []);
    const setPage = (landscape: boolean) => {
      pageStyle.textContent = `@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: ${MARGIN}px; }`;
    };

    const onePage = (landscape: boolean): number => {
      const { width, height } = area(landscape);
      /** The page's height with the chart at `scale` (the legend no larger than the chart). */
      const used = (scale: number) => {
        const trial = pageOf(width, [head(spec), sized(chart.cloneNode(true) as SVGSVGElement, scale), ...legendOf(width, scale)]);
        const h = heightOf(trial);
        trial.remove();
        return h;
      };
      const widest = Math.min(1, width / box.width);
      let scale = widest;
      for (let round = 0; round < 3; round++) {
        const h = used(scale);
        if (h <= height + 0.5) break;
        const fixed = h - box.height * scale;
        scale = Math.min(scale * 0.995, (height - fixed) / box.height);
      }
      // The estimate counts the legend at the larger scale, so it errs small: where that decides whether
      // the annex stays on one legible page, the largest scale that fits is found by bisection.
      if (scale < MIN_SCALE && widest >= MIN_SCALE && used(MIN_SCALE) <= height + 0.5) {
        let [low, high] = [MIN_SCALE, widest];
        for (let round = 0; round < 5; round++) {
          const mid = (low + high) / 2;
          if (used(mid) <= height + 0.5) low = mid;
          else high = mid;
        }
        return low;
      }
      return scale;
    };
    const portrait = onePage(false);
    const landscape = onePage(true);
    const single = Math.max(portrait, landscape);
    const onOnePage = (): PrintLayout => {
      const isLandscape = landscape > portrait;
      const { width, height } = area(isLandscape);
      setPage(isLandscape);
      const page = pageOf(width, [head(spec), sized(chart, single), ...legendOf(width, single)]);
      return { landscape: isLandscape, pages: 1, scale: single, breaks: [], slices: [[box.y, box.y + box.height]], solids: [], fill: [heightOf(page) / height], widthScale: Math.min(1, width / box.width), onePageScale: single };
    };
    // One page when it is legible, or when no page is wide enough for the chart at the legible scale:
    // cut over pages, it would print no larger than the page's width already allows on one.
    const widthLimit = Math.max(...[false, true].map((l) => Math.min(1, area(l).width / box.width)));
    if (single >= Math.min(MIN_SCALE, widthLimit) - 1e-3) return onOnePage();

    const measure = document.createElement('div');
    work.appendChild(measure);
    measure.appendChild(sized(chart.cloneNode(true) as SVGSVGElement, 1));
    const measured = measure.querySelector('svg') as SVGSVGElement;
    const headerHeight = laneHeaderBottom(measured) - box.y;
    const solids = solidBands(measured);
    measure.remove();

    /** The pages in one orientation: the cuts, the scale, and the legend's height in viewBox units. */
    const plan = (isLandscape: boolean) => {
      const { width, height } = area(isLandscape);
      const headOnly = pageOf(width, [head(spec)]);
      const headHeight = heightOf(headOnly);
      headOnly.remove();
      const legendOnly = legendSvg ? pageOf(width, legendOf(width)) : null;
      const legendHeight = legendOnly ? heightOf(legendOnly) : 0;
      legendOnly?.remove();
      let scale = Math.min(1, width / box.width);
      for (let round = 0; round < 8; round++) {
        const tail = legendHeight / scale;
        // The legend is one more band below the chart, so it lands whole on the last page.
        const bands: Band[] = tail > 0 ? [...solids, [box.y + box.height, box.y + box.height + tail]] : solids;
        const ys = balancedCuts(bands, box.y, box.y + box.height + tail, (height - headHeight) / scale, height / scale - headerHeight);
        if (ys !== null) return { isLandscape, width, scale, ys };
        // A box taller than a page: smaller, until every band fits on one.
        const tallest = Math.max(...bands.map(([a, b]) => b - a));
        scale = Math.min(scale * 0.9, ((height - headHeight) * 0.95) / (tallest + headerHeight + 2 * GAP));
      }
      return null;
    };
    const plans = [plan(false), plan(true)].filter((p): p is NonNullable<typeof p> => p !== null);
    const chosen = plans.sort((a, b) => a.ys.length - b.ys.length || b.scale - a.scale)[0];
    if (chosen === undefined) throw new Error('the chart cannot be cut between its boxes on A4 pages');
    const { isLandscape, width, scale, ys } = chosen;
    // Pages that would print the chart no larger than one page does: the one page.
    if (single >= scale - 1e-3) return onOnePage();
    setPage(isLandscape);
    const chartBottom = box.y + box.height;
    const slices: [number, number][] = [];
    const fill: number[] = [];
    for (let i = 0; i + 1 < ys.length; i++) {
      const [from, to] = [ys[i]!, Math.min(ys[i + 1]!, chartBottom)];
      const children: Node[] = [];
      if (i === 0) children.push(head(spec));
      else if (headerHeight > 0) children.push(sized(chart.cloneNode(true) as SVGSVGElement, scale, { ...box, height: headerHeight }));
      if (to > from) {
        children.push(sized(chart.cloneNode(true) as SVGSVGElement, scale, { ...box, y: from, height: to - from }));
        slices.push([from, to]);
      }
      if (i + 2 === ys.length) children.push(...legendOf(width));
      fill.push(heightOf(pageOf(width, children)) / area(isLandscape).height);
    }
    const breaks = ys.slice(1, -1).filter((y) => y < chartBottom);
    return { landscape: isLandscape, pages: ys.length - 1, scale, breaks, slices, solids, fill, widthScale: Math.min(1, width / box.width), onePageScale: single };
  }

  window.__tartipPrint = print;
}
