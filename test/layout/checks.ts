// The layout rules an annex must keep, checked on the geometry the browser gave: each rule returns its breaches.
import type { BoxGeometry, ChartGeometry, EdgeGeometry, Rect } from './geometry.js';

export const MAX_LINES = 10;
/** Pixels of slack for anti-aliased outlines and rounding. */
const SLACK = 1.5;
/** How much of an arrow's end is its last segment, in pixels. */
const TAIL = 16;

type Point = { x: number; y: number };

function inside(box: BoxGeometry, p: Point, margin: number): boolean {
  const { x, y, width, height } = box.rect;
  const cx = x + width / 2;
  const cy = y + height / 2;
  const hw = width / 2 - margin;
  const hh = height / 2 - margin;
  if (hw <= 0 || hh <= 0) return false;
  const dx = Math.abs(p.x - cx);
  const dy = Math.abs(p.y - cy);
  if (box.shape === 'diamond') return dx / hw + dy / hh < 1;
  if (box.shape === 'circle') return Math.hypot(dx / hw, dy / hh) < 1;
  return dx < hw && dy < hh;
}

function corners(r: Rect): Point[] {
  return [
    { x: r.x, y: r.y },
    { x: r.x + r.width, y: r.y },
    { x: r.x, y: r.y + r.height },
    { x: r.x + r.width, y: r.y + r.height },
  ];
}

/** The node ids an arrow joins, read from Mermaid's «L_from_to_n» against the boxes there are. */
export function ends(edge: EdgeGeometry, ids: Set<string>): [string, string] | null {
  const body = /^L_(.+)_\d+$/.exec(edge.id)?.[1];
  if (!body) return null;
  const parts = body.split('_');
  for (let i = 1; i < parts.length; i++) {
    const from = parts.slice(0, i).join('_');
    const to = parts.slice(i).join('_');
    if (ids.has(from) && ids.has(to)) return [from, to];
  }
  return null;
}

export function overlappingBoxes(g: ChartGeometry): string[] {
  const found: string[] = [];
  g.boxes.forEach((a, i) => {
    for (const b of g.boxes.slice(i + 1)) {
      const w = Math.min(a.rect.x + a.rect.width, b.rect.x + b.rect.width) - Math.max(a.rect.x, b.rect.x);
      const h = Math.min(a.rect.y + a.rect.height, b.rect.y + b.rect.height) - Math.max(a.rect.y, b.rect.y);
      if (w > SLACK && h > SLACK) found.push(`boxes ${a.id} and ${b.id} overlap`);
    }
  });
  return found;
}

export function arrowsThroughBoxes(g: ChartGeometry): string[] {
  const ids = new Set(g.boxes.map((b) => b.id));
  const found: string[] = [];
  for (const edge of g.edges) {
    const joined = ends(edge, ids);
    if (!joined) {
      found.push(`arrow ${edge.id} joins boxes the chart does not have`);
      continue;
    }
    for (const box of g.boxes) {
      if (joined.includes(box.id)) continue;
      if (edge.points.some((p) => inside(box, p, SLACK))) found.push(`arrow ${edge.id} crosses box ${box.id}`);
    }
  }
  return found;
}

export function longBoxes(g: ChartGeometry): string[] {
  return g.boxes.filter((b) => b.lines > MAX_LINES).map((b) => `box ${b.id} has ${b.lines} lines`);
}

export function labelsOutsideShapes(g: ChartGeometry): string[] {
  const found: string[] = [];
  for (const box of g.boxes) {
    const out = box.text.some((r) => corners(r).some((c) => !inside({ ...box, rect: { x: box.rect.x - SLACK, y: box.rect.y - SLACK, width: box.rect.width + 2 * SLACK, height: box.rect.height + 2 * SLACK } }, c, 0)));
    if (out) found.push(`the label of box ${box.id} runs out of its shape`);
  }
  for (const edge of g.edges) {
    if (!edge.label) continue;
    const { text, box } = edge.label;
    if (text.x < box.x - SLACK || text.y < box.y - SLACK || text.x + text.width > box.x + box.width + SLACK || text.y + text.height > box.y + box.height + SLACK) {
      found.push(`the label of arrow ${edge.id} runs out of its box`);
    }
  }
  return found;
}

function tail(edge: EdgeGeometry): Point[] {
  const pts = edge.points;
  const out: Point[] = [pts[pts.length - 1]!];
  let run = 0;
  for (let i = pts.length - 2; i >= 0 && run < TAIL; i--) {
    run += Math.hypot(pts[i]!.x - pts[i + 1]!.x, pts[i]!.y - pts[i + 1]!.y);
    out.push(pts[i]!);
  }
  return out;
}

/** Two arrows share their last segment when one's end runs along the other's (within two pixels). */
export function sharedLastSegments(g: ChartGeometry): string[] {
  const found: string[] = [];
  const tails = g.edges.map(tail);
  g.edges.forEach((a, i) => {
    g.edges.forEach((b, j) => {
      if (j <= i) return;
      const near = (p: Point, line: Point[]) => line.some((q) => Math.hypot(p.x - q.x, p.y - q.y) <= 2.5);
      const alongB = tails[i]!.filter((p) => near(p, b.points)).length / tails[i]!.length;
      const alongA = tails[j]!.filter((p) => near(p, a.points)).length / tails[j]!.length;
      if (alongB >= 0.8 || alongA >= 0.8) found.push(`arrows ${a.id} and ${b.id} share their last segment`);
    });
  });
  return found;
}


type Side = 'top' | 'bottom' | 'left' | 'right';

function sideOf(r: Rect, p: Point): Side {
  const d: [Side, number][] = [
    ['top', Math.abs(p.y - r.y)],
    ['bottom', Math.abs(p.y - (r.y + r.height))],
    ['left', Math.abs(p.x - r.x)],
    ['right', Math.abs(p.x - (r.x + r.width))],
  ];
  return d.reduce((a, b) => (b[1] < a[1] ? b : a))[0];
}

/** The sides of `to` that face `from`: those `from` lies wholly beyond. */
function facing(to: Rect, from: Rect): Side[] {
  const sides: Side[] = [];
  if (from.x + from.width <= to.x) sides.push('left');
  if (from.x >= to.x + to.width) sides.push('right');
  if (from.y + from.height <= to.y) sides.push('top');
  if (from.y >= to.y + to.height) sides.push('bottom');
  return sides;
}

/** An arrow enters its box from a side that faces its source (where any side does). */
export function arrowsFromTheFarSide(g: ChartGeometry): string[] {
  const byId = new Map(g.boxes.map((b) => [b.id, b]));
  const found: string[] = [];
  for (const edge of g.edges) {
    const joined = ends(edge, new Set(byId.keys()));
    if (!joined) continue;
    const [from, to] = [byId.get(joined[0])!, byId.get(joined[1])!];
    const sides = facing(to.rect, from.rect);
    const side = sideOf(to.rect, edge.points[edge.points.length - 1]!);
    if (sides.length > 0 && !sides.includes(side)) found.push(`arrow ${edge.id} enters box ${to.id} from the ${side}, away from its source`);
  }
  return found;
}

export function layoutProblems(g: ChartGeometry): string[] {
  return [...overlappingBoxes(g), ...arrowsThroughBoxes(g), ...longBoxes(g), ...labelsOutsideShapes(g), ...sharedLastSegments(g), ...arrowsFromTheFarSide(g)];
}
