// Reads a rendered chart's geometry in the browser itself: boxes, their label lines, arrows as polylines.
// `readGeometry` runs inside the page, so it must not use imports or anything outside its own body.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BoxGeometry {
  id: string;
  /** The outline: rectangle, diamond (polygon) or circle, in page pixels. */
  shape: 'rect' | 'diamond' | 'circle';
  rect: Rect;
  /** The rectangles of the label's text lines, and how many lines it has. */
  text: Rect[];
  lines: number;
}

export interface EdgeGeometry {
  id: string;
  /** Points along the arrow every few pixels, from its start to the tip. */
  points: { x: number; y: number }[];
  /** The label on the arrow, if any: its text rectangle and its background. */
  label: { text: Rect; box: Rect } | null;
}

export interface ChartGeometry {
  boxes: BoxGeometry[];
  edges: EdgeGeometry[];
}

export function readGeometry(svgText: string): ChartGeometry {
  document.body.innerHTML = svgText;
  const svg = document.querySelector('svg')!;
  const plain = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
  const lineRects = (root: Element | null): DOMRect[] => {
    if (!root) return [];
    const range = document.createRange();
    range.selectNodeContents(root);
    return [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
  };
  const countLines = (rects: DOMRect[]): number => {
    const tops: number[] = [];
    for (const r of rects) if (!tops.some((t) => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top);
    return tops.length;
  };
  const boxes: BoxGeometry[] = [];
  for (const g of svg.querySelectorAll('g.node')) {
    // Invisible spacers hold a lane open; they are not boxes of the chart.
    if (g.classList.contains('hidden')) continue;
    const id = /-flowchart-(.+)-\d+$/.exec(g.id)?.[1] ?? g.id;
    const outline = g.querySelector(':scope > rect, :scope > polygon, :scope > circle, :scope > path, :scope > g:not(.label)');
    if (!outline) continue;
    const shape = outline.tagName === 'polygon' ? 'diamond' : outline.tagName === 'circle' || g.querySelector(':scope circle') ? 'circle' : 'rect';
    const text = lineRects(g.querySelector('.nodeLabel'));
    boxes.push({ id, shape, rect: plain(outline.getBoundingClientRect()), text: text.map(plain), lines: countLines(text) });
  }
  const labels = new Map<string, { text: Rect; box: Rect }>();
  for (const g of svg.querySelectorAll('g.edgeLabel')) {
    const edgeId = /-(L_.+)$/.exec(g.id)?.[1];
    const text = lineRects(g.querySelector('.nodeLabel'));
    const box = g.querySelector('foreignObject');
    if (!edgeId || text.length === 0 || !box) continue;
    const union = text.reduce((u, r) => ({ x: Math.min(u.x, r.x), y: Math.min(u.y, r.y), r: Math.max(u.r, r.right), b: Math.max(u.b, r.bottom) }), { x: Infinity, y: Infinity, r: -Infinity, b: -Infinity });
    labels.set(edgeId, { text: { x: union.x, y: union.y, width: union.r - union.x, height: union.b - union.y }, box: plain(box.getBoundingClientRect()) });
  }
  const edges: EdgeGeometry[] = [];
  for (const path of svg.querySelectorAll<SVGPathElement>('path.flowchart-link')) {
    const id = path.dataset.id ?? path.id;
    const matrix = path.getScreenCTM()!;
    const length = path.getTotalLength();
    const points: { x: number; y: number }[] = [];
    const steps = Math.max(2, Math.ceil(length / 3));
    for (let i = 0; i <= steps; i++) {
      const p = path.getPointAtLength((length * i) / steps).matrixTransform(matrix);
      points.push({ x: p.x, y: p.y });
    }
    edges.push({ id, points, label: labels.get(id) ?? null });
  }
  return { boxes, edges };
}
