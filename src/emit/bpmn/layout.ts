// Lays the collaboration out: pools stacked, lanes as bands, steps left to right, cases and ends on rows of their own.
import type { Collaboration, FlowNode, Pool } from './model.js';

export interface Bounds { x: number; y: number; width: number; height: number }
export interface Point { x: number; y: number }
export interface Layout {
  shapes: Map<string, Bounds>;
  /** Where an event's or gateway's name is written, when not below it (bpmn-js's default). */
  labels: Map<string, Bounds>;
  edges: Map<string, Point[]>;
}

const MAIN = 170; // a step's column
const GAP = 70; // the slot after it, for ends and joins
const ROW = 180;
const POOL_LABEL = 30;
const LANE_LABEL = 30;
const MARGIN = 20;
const POOL_GAP = 40;
const SYSTEM_HEIGHT = 80;
const SIZE: Record<FlowNode['kind'], { width: number; height: number }> = {
  task: { width: 130, height: 90 },
  gateway: { width: 50, height: 50 },
  start: { width: 36, height: 36 },
  end: { width: 36, height: 36 },
  timer: { width: 36, height: 36 },
};

/** Cells taken: «lane|slot|row», slot 2c for step column c and 2c+1 for the gap after it. */
class Grid {
  private readonly taken = new Set<string>();
  rows = new Map<string, number>();
  place(lane: string, slot: number, from: number): number {
    let row = from;
    while (this.taken.has(`${lane}|${slot}|${row}`)) row++;
    this.taken.add(`${lane}|${slot}|${row}`);
    this.rows.set(lane, Math.max(this.rows.get(lane) ?? 1, row + 1));
    return row;
  }
}

interface Cell { lane: string; slot: number; row: number }

function placePool(pool: Pool): { cells: Map<string, Cell>; grid: Grid; columns: number } {
  const grid = new Grid();
  const cells = new Map<string, Cell>();
  let columns = 1;
  for (const n of pool.nodes.filter((x) => x.column >= 0)) {
    cells.set(n.id, { lane: n.lane, slot: 2 * n.column, row: grid.place(n.lane, 2 * n.column, 0) });
    columns = Math.max(columns, n.column + 1);
  }
  const byId = new Map(pool.nodes.map((n) => [n.id, n]));
  for (const n of pool.nodes.filter((x) => x.column < 0 && x.kind !== 'timer' && byId.get(x.near!)?.kind !== 'timer')) {
    const near = cells.get(n.near!)!;
    // A join stands just before the node it enters; an end just after the node it leaves.
    const slot = n.kind === 'gateway' ? near.slot - 1 : near.slot + 1;
    cells.set(n.id, { lane: n.lane, slot, row: grid.place(n.lane, slot, n.lane === near.lane ? near.row : 0) });
    columns = Math.max(columns, Math.ceil((slot + 1) / 2));
  }
  return { cells, grid, columns };
}

function slotX(slot: number): number {
  const c = Math.floor(slot / 2);
  return c * (MAIN + GAP) + (slot % 2 === 1 ? MAIN : 0);
}

function centred(kind: FlowNode['kind'], cx: number, cy: number): Bounds {
  const s = SIZE[kind];
  return { x: Math.round(cx - s.width / 2), y: Math.round(cy - s.height / 2), width: s.width, height: s.height };
}

const right = (b: Bounds): Point => ({ x: b.x + b.width, y: b.y + b.height / 2 });
const left = (b: Bounds): Point => ({ x: b.x, y: b.y + b.height / 2 });
const cx = (b: Bounds) => b.x + b.width / 2;
const cy = (b: Bounds) => b.y + b.height / 2;

/** Orthogonal waypoints from one shape to the next. */
function route(s: Bounds, t: Bounds, fromGateway: boolean): Point[] {
  if (cx(t) > cx(s)) {
    if (Math.abs(cy(s) - cy(t)) < 1) return [right(s), left(t)];
    if (fromGateway) return [{ x: cx(s), y: cy(t) > cy(s) ? s.y + s.height : s.y }, { x: cx(s), y: cy(t) }, left(t)];
    const xm = Math.max(s.x + s.width + 10, t.x - 15);
    return [right(s), { x: xm, y: cy(s) }, { x: xm, y: cy(t) }, left(t)];
  }
  const below = Math.max(s.y + s.height, t.y + t.height) + 25;
  return [{ x: cx(s), y: s.y + s.height }, { x: cx(s), y: below }, { x: cx(t), y: below }, { x: cx(t), y: t.y + t.height }];
}

/**
 * A flow's case is written just above its last horizontal stretch, where it reaches its target, so that the
 * cases leaving one gateway down a shared vertical line never sit on one another.
 */
function flowLabel(points: Point[], taken: Bounds[]): Bounds | undefined {
  const [a, b] = points.slice(-2) as [Point, Point];
  const length = b.x - a.x;
  if (a.y !== b.y || length < 60) return undefined;
  const width = Math.round(Math.min(length - 12, 150));
  const candidates = [a.x + 6, b.x - 6 - width].flatMap((x) => [a.y - 30, a.y + 4].map((y) => ({ x: Math.round(x), y: Math.round(y), width, height: 26 })));
  // Where every place beside the line is taken, the viewer's own placement is left to it.
  return candidates.find((c) => !taken.some((t) => overlaps(c, t)));
}

export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function layout(c: Collaboration): Layout {
  const shapes = new Map<string, Bounds>();
  const edges = new Map<string, Point[]>();
  const labels = new Map<string, Bounds>();
  const placed = c.pools.map((p) => ({ pool: p, ...placePool(p) }));
  const contentWidth = Math.max(MAIN + GAP, ...placed.map((p) => p.columns * (MAIN + GAP)));
  const width = POOL_LABEL + LANE_LABEL + 2 * MARGIN + contentWidth;
  const x0 = POOL_LABEL + LANE_LABEL + MARGIN;
  let y = 0;
  for (const { pool, cells, grid } of placed) {
    const laneTop = new Map<string, number>();
    let laneY = y;
    for (const lane of pool.lanes) {
      const height = (grid.rows.get(lane.entity) ?? 1) * ROW;
      laneTop.set(lane.entity, laneY);
      shapes.set(lane.id, { x: POOL_LABEL, y: laneY, width: width - POOL_LABEL, height });
      laneY += height;
    }
    shapes.set(pool.participant, { x: 0, y, width, height: laneY - y });
    const byId = new Map(pool.nodes.map((n) => [n.id, n]));
    for (const n of pool.nodes) {
      const cell = cells.get(n.id);
      if (!cell) continue;
      const top = laneTop.get(cell.lane)! + cell.row * ROW;
      const main = cell.slot % 2 === 0;
      const b = centred(n.kind, x0 + slotX(cell.slot) + (main ? MAIN : GAP) / 2, top + 65);
      shapes.set(n.id, b);
      // A gateway's question above it: its flows leave from below and from the sides.
      if (n.kind === 'gateway' && n.name) labels.set(n.id, { x: b.x - 40, y: b.y - 36, width: b.width + 80, height: 30 });
    }
    // A boundary timer sits on its task's lower edge; its end, below it inside the task's cell.
    for (const n of pool.nodes.filter((x) => x.kind === 'timer')) {
      const host = shapes.get(n.timer!.attachedTo)!;
      const timer = centred('timer', host.x + host.width - 22, host.y + host.height);
      shapes.set(n.id, timer);
      const end = pool.nodes.find((x) => x.near === n.id)!;
      shapes.set(end.id, centred('end', cx(timer) + 50, host.y + host.height + 28));
      labels.set(n.id, { x: host.x, y: host.y + host.height + 8, width: host.width - 44, height: 28 });
    }
    const taken = pool.nodes.flatMap((n) => [shapes.get(n.id)!, ...(labels.has(n.id) ? [labels.get(n.id)!] : [])]);
    for (const f of pool.flows) {
      const s = shapes.get(f.source)!;
      const t = shapes.get(f.target)!;
      const kind = byId.get(f.source)!.kind;
      const points = kind === 'timer' ? [{ x: cx(s), y: s.y + s.height }, { x: cx(s), y: cy(t) }, left(t)] : route(s, t, kind === 'gateway');
      edges.set(f.id, points);
      const label = f.name ? flowLabel(points, taken) : undefined;
      if (label) {
        labels.set(f.id, label);
        taken.push(label);
      }
    }
    y = laneY + POOL_GAP;
  }
  for (const s of c.systems) {
    shapes.set(s.participant, { x: 0, y, width, height: SYSTEM_HEIGHT });
    // Request and answer at the pool's far end, clear of the message flows that come down onto it.
    const start = centred('start', width - 150, y + 32);
    const end = centred('end', width - 60, y + 32);
    shapes.set(`${s.process}_Start`, start);
    shapes.set(`${s.process}_End`, end);
    edges.set(`${s.process}_Flow`, [right(start), left(end)]);
    y += SYSTEM_HEIGHT + POOL_GAP;
  }
  const anchors = new Map<string, number>();
  for (const m of c.messages) {
    const s = shapes.get(m.source)!;
    const t = shapes.get(m.target)!;
    const x = Math.round(anchors.get(m.source) ?? cx(s));
    anchors.set(m.target, anchors.get(m.target) ?? x + 12);
    edges.set(m.id, t.y > s.y ? [{ x, y: s.y + s.height }, { x, y: t.y }] : [{ x, y: s.y }, { x, y: t.y + t.height }]);
  }
  return { shapes, edges, labels };
}
