// Code that runs inside the rendering page: Mermaid rendering (a pool of charts) and the annex sheet.
// It is passed to the browser as one self-contained function, so it must not use imports or
// anything outside its own body.

export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
}

export interface SheetSpec {
  /** The annex mark, top right: «"…" регламентіне», «N-қосымша» as the act prints it. */
  mark: string[];
  /** Centred captions: the appendix's, then the chart's. */
  caption: string[];
  chart: string;
  legend: string | null;
  /** The PDF's title (the appendix caption) and subject (the act's name). */
  title: string;
  subject: string;
}

/** One chart for the page's pool; `id` names its SVG and prefixes the ids inside it. */
export interface RenderJob {
  index: number;
  id: string;
  text: string;
}

export type RenderOutcome = { ok: true; svg: string; width: number; height: number } | { ok: false; error: string };

/** The name of the function the page calls with each finished chart (puppeteer's exposeFunction). */
export const DONE_BINDING = '__tartipDone';

export interface PageApi {
  render(id: string, text: string): Promise<RenderedSvg>;
  /** Renders the jobs, `concurrency` at a time, handing each result to the page's DONE_BINDING as it is ready. */
  renderAll(jobs: RenderJob[], concurrency: number): Promise<void>;
  /** Starts no further job of the running renderAll. */
  stop(): void;
  sheet(spec: SheetSpec): { width: number; height: number };
}

/** What the print layout (page-print.ts) takes from this page's code. */
export interface PageUtil {
  parseSvg(text: string): SVGSVGElement;
  viewBox(svg: SVGSVGElement): { x: number; y: number; width: number; height: number };
  sized(svg: SVGSVGElement, scale: number, box?: { x: number; y: number; width: number; height: number }): SVGSVGElement;
  head(spec: SheetSpec): HTMLDivElement;
}

declare global {
  interface Window {
    __tartip: PageApi;
    __tartipUtil: PageUtil;
    __tartipDone?: (index: number, outcome: RenderOutcome) => Promise<void>;
  }
}

export function installPageApi(): void {
  const MIN_SHEET_WIDTH = 640; // px: room for the annex mark and the captions beside a narrow chart
  const SVG = 'image/svg+xml';
  const work = document.getElementById('work')!;
  const sheetRoot = document.getElementById('sheet')!;

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

  /**
   * Mermaid draws each chart into a container of its own under an id unique in the page (Mermaid looks
   * its elements up by id in the whole document, where sheets and other charts in flight may hold the same
   * chart names); the unique id is then put back to the chart's own wherever an id can stand (attributes
   * and the chart's style sheet, never its texts), so the SVG does not depend on what else the page drew.
   */
  let serial = 0;
  async function render(stableId: string, text: string): Promise<RenderedSvg> {
    const id = `${stableId}-r${++serial}`;
    const container = document.createElement('div');
    work.appendChild(container);
    try {
      const { svg } = await mermaid.render(id, text, container);
      const holder = document.createElement('div');
      holder.innerHTML = svg;
      const element = holder.querySelector('svg') as SVGSVGElement;
      for (const el of [element, ...element.querySelectorAll('*')]) {
        for (const attr of [...el.attributes]) if (attr.value.includes(id)) attr.value = attr.value.split(id).join(stableId);
        if (el.localName === 'style' && el.textContent !== null) el.textContent = el.textContent.split(id).join(stableId);
      }
      // Laid out (in the hidden work area) so the arrows can be measured and re-routed (facing-routes.ts).
      work.appendChild(holder);
      try {
        (window as unknown as { __tartipFacingRoutes?: (svg: SVGSVGElement) => void }).__tartipFacingRoutes?.(element);
      } finally {
        holder.remove();
      }
      const box = viewBox(element);
      return { svg: new XMLSerializer().serializeToString(element), width: box.width, height: box.height };
    } finally {
      container.remove();
    }
  }

  let stopped = false;

  /**
   * A pool of `concurrency` renders in the page. Mermaid lays one chart out at a time (its own queue), so
   * the pool's gain is that the next chart is always waiting there: the page never idles for a round trip
   * to Node between charts, and each result goes out while the next chart is laid out.
   */
  async function renderAll(jobs: RenderJob[], concurrency: number): Promise<void> {
    stopped = false;
    let next = 0;
    const done = window.__tartipDone!;
    const lane = async (): Promise<void> => {
      while (!stopped && next < jobs.length) {
        const job = jobs[next++]!;
        let outcome: RenderOutcome;
        try {
          outcome = { ok: true, ...(await render(job.id, job.text)) };
        } catch (error) {
          outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
        }
        await done(job.index, outcome);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
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

  window.__tartip = { render, renderAll, stop: () => void (stopped = true), sheet };
  window.__tartipUtil = { parseSvg, viewBox, sized, head };
}
