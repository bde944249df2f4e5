// Re-routes, in the rendering page, each arrow that Mermaid's router brought into a box from a side turned away from its source.
// `installFacingRoutes` runs inside the page, so it must not use imports or anything outside its own body.

/**
 * Mermaid's swimlane router prefers a route that crosses nothing: where the short way would cross
 * another arrow or pass close by a box, it sends the arrow round the whole chart and into its target
 * from the far side (act 1's portal diagram: a process entered from the left by the arrow from the box
 * right above it). A printed annex never draws that. For each such arrow this looks for the shortest
 * route of one to three straight runs that leaves the source on a side facing the target, enters the
 * target on a side facing the source, passes through no other box or arrow label, and runs along no
 * other arrow; the arrow, its tip and its label are moved onto it. An arrow with no such route is left
 * as Mermaid drew it (test/layout/ then names it).
 */
export function installFacingRoutes(): void {
  type Point = { x: number; y: number };
  type Rect = { x: number; y: number; w: number; h: number };
  type Side = 'top' | 'bottom' | 'left' | 'right';
  /** Clearance between a route and a box it passes, and the step between candidate tracks. */
  const CLEAR = 6;
  const STEP = 12;
  const RADIUS = 5;

  function rectIn(el: SVGGraphicsElement, space: DOMMatrix): Rect {
    const b = el.getBBox();
    const m = space.multiply(el.getScreenCTM()!);
    const a = new DOMPoint(b.x, b.y).matrixTransform(m);
    const c = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
    return { x: Math.min(a.x, c.x), y: Math.min(a.y, c.y), w: Math.abs(c.x - a.x), h: Math.abs(c.y - a.y) };
  }

  function facing(to: Rect, from: Rect): Side[] {
    const sides: Side[] = [];
    if (from.y + from.h <= to.y) sides.push('top');
    if (from.y >= to.y + to.h) sides.push('bottom');
    if (from.x + from.w <= to.x) sides.push('left');
    if (from.x >= to.x + to.w) sides.push('right');
    return sides;
  }

  function sideOf(r: Rect, p: Point): Side {
    const d: [Side, number][] = [['top', Math.abs(p.y - r.y)], ['bottom', Math.abs(p.y - r.y - r.h)], ['left', Math.abs(p.x - r.x)], ['right', Math.abs(p.x - r.x - r.w)]];
    return d.reduce((a, b) => (b[1] < a[1] ? b : a))[0];
  }

  /** Positions along [lo, hi] from its middle outwards, STEP apart. */
  function tracks(lo: number, hi: number): number[] {
    const mid = (lo + hi) / 2;
    const out = [mid];
    for (let k = 1; mid - k * STEP >= lo || mid + k * STEP <= hi; k++) {
      if (mid - k * STEP >= lo) out.push(mid - k * STEP);
      if (mid + k * STEP <= hi) out.push(mid + k * STEP);
    }
    return out;
  }

  function segmentHitsRect(a: Point, b: Point, r: Rect, margin: number): boolean {
    const x1 = Math.min(a.x, b.x), x2 = Math.max(a.x, b.x), y1 = Math.min(a.y, b.y), y2 = Math.max(a.y, b.y);
    return x2 > r.x - margin && x1 < r.x + r.w + margin && y2 > r.y - margin && y1 < r.y + r.h + margin;
  }

  /** Two axis-parallel segments run along each other (same line within 3 px, overlapping). */
  function runsAlong(a1: Point, a2: Point, b1: Point, b2: Point): boolean {
    const aH = Math.abs(a1.y - a2.y) < 0.5, bH = Math.abs(b1.y - b2.y) < 0.5;
    const aV = Math.abs(a1.x - a2.x) < 0.5, bV = Math.abs(b1.x - b2.x) < 0.5;
    const overlap = (p: number, q: number, r: number, s: number) => Math.min(Math.max(p, q), Math.max(r, s)) - Math.max(Math.min(p, q), Math.min(r, s));
    if (aH && bH && Math.abs(a1.y - b1.y) < 3) return overlap(a1.x, a2.x, b1.x, b2.x) > -2;
    if (aV && bV && Math.abs(a1.x - b1.x) < 3) return overlap(a1.y, a2.y, b1.y, b2.y) > -2;
    return false;
  }

  /** A horizontal and a vertical segment cross inside both. */
  function crosses(a1: Point, a2: Point, b1: Point, b2: Point): boolean {
    const [h1, h2, v1, v2] = Math.abs(a1.y - a2.y) < 0.5 ? [a1, a2, b1, b2] : [b1, b2, a1, a2];
    if (Math.abs(h1.y - h2.y) >= 0.5 || Math.abs(v1.x - v2.x) >= 0.5) return false;
    const between = (v: number, p: number, q: number) => v > Math.min(p, q) + 0.5 && v < Math.max(p, q) - 0.5;
    return between(v1.x, h1.x, h2.x) && between(h1.y, v1.y, v2.y);
  }

  /** How far a route's end stands from the middle of the side it is on: the print joins boxes at their middles. */
  function offCentre(p: Point, r: Rect): number {
    const side = sideOf(r, p);
    return side === 'top' || side === 'bottom' ? Math.abs(p.x - r.x - r.w / 2) : Math.abs(p.y - r.y - r.h / 2);
  }

  function length(points: Point[]): number {
    let n = 0;
    for (let i = 1; i < points.length; i++) n += Math.abs(points[i]!.x - points[i - 1]!.x) + Math.abs(points[i]!.y - points[i - 1]!.y);
    return n;
  }

  /** Candidate routes from `s` to `t` entering `t` on `side` (one to three runs, each leaving and entering squarely). */
  function candidates(s: Rect, t: Rect, side: Side): Point[][] {
    const vertical = side === 'top' || side === 'bottom';
    // Work as if the route ran down (or right); flip back at the end.
    const flip = side === 'bottom' || side === 'right';
    const along = (r: Rect) => (vertical ? { lo: r.x, hi: r.x + r.w, near: flip ? r.y + r.h : r.y, far: flip ? r.y : r.y + r.h, mid: r.y + r.h / 2 } : { lo: r.y, hi: r.y + r.h, near: flip ? r.x + r.w : r.x, far: flip ? r.x : r.x + r.w, mid: r.x + r.w / 2 });
    const pt = (u: number, v: number): Point => (vertical ? { x: u, y: v } : { x: v, y: u });
    const S = along(s), T = along(t);
    const out: Point[][] = [];
    const entries = tracks(T.lo + 8, T.hi - 8);
    for (const e of entries) {
      if (e > S.lo + 4 && e < S.hi - 4) out.push([pt(e, S.far), pt(e, T.near)]);
      // Z: out of the source's facing end, across between the two, into the target.
      for (const x of tracks(S.lo + 8, S.hi - 8)) {
        const lo = Math.min(S.far, T.near) + CLEAR * 2, hi = Math.max(S.far, T.near) - CLEAR * 2;
        for (const m of tracks(lo, hi)) out.push([pt(x, S.far), pt(x, m), pt(e, m), pt(e, T.near)]);
      }
      // L: out of the source's side facing the target, then into the target's end.
      const sideOut = e < S.lo ? S.lo : e > S.hi ? S.hi : null;
      if (sideOut !== null) {
        for (const v of tracks(Math.min(S.near, S.far) + 6, Math.max(S.near, S.far) - 6)) {
          if ((flip ? v > T.near + CLEAR : v < T.near - CLEAR)) out.push([pt(sideOut, v), pt(e, v), pt(e, T.near)]);
        }
      }
      // Hook: out of the source's side, along a free channel past whatever lies between, round to the
      // target's facing side (where a box or an arrow's end blocks every shorter way in).
      const span = [Math.min(S.lo, T.lo) - 5 * STEP, Math.max(S.hi, T.hi) + 5 * STEP];
      for (const m of tracks(span[0]!, span[1]!)) {
        const from = m > S.hi ? S.hi : m < S.lo ? S.lo : null;
        if (from === null) continue;
        for (const v of tracks(Math.min(S.near, S.far) + 6, Math.max(S.near, S.far) - 6).slice(0, 3)) {
          for (const d of [2 * STEP, 3 * STEP]) {
            const k = flip ? T.near + d : T.near - d;
            out.push([pt(from, v), pt(m, v), pt(m, k), pt(e, k), pt(e, T.near)]);
          }
        }
      }
    }
    return out;
  }

  /**
   * Coordinates to a thousandth of a unit, in the path and in its data: measured positions carry noise in
   * their last bits that depends on where the chart stood in the page, and the output must not.
   */
  const thousandth = (n: number) => Math.round(n * 1000) / 1000;

  function rounded(points: Point[]): string {
    const f = (n: number) => String(thousandth(n));
    let d = `M${f(points[0]!.x)},${f(points[0]!.y)}`;
    for (let i = 1; i < points.length - 1; i++) {
      const [a, p, b] = [points[i - 1]!, points[i]!, points[i + 1]!];
      const r = Math.min(RADIUS, Math.hypot(p.x - a.x, p.y - a.y) / 2, Math.hypot(b.x - p.x, b.y - p.y) / 2);
      const u = { x: Math.sign(p.x - a.x), y: Math.sign(p.y - a.y) }, w = { x: Math.sign(b.x - p.x), y: Math.sign(b.y - p.y) };
      d += `L${f(p.x - u.x * r)},${f(p.y - u.y * r)}Q${f(p.x)},${f(p.y)} ${f(p.x + w.x * r)},${f(p.y + w.y * r)}`;
    }
    const last = points[points.length - 1]!;
    return `${d}L${f(last.x)},${f(last.y)}`;
  }

  function reroute(svg: SVGSVGElement): void {
    const paths = [...svg.querySelectorAll<SVGPathElement>('path.flowchart-link')];
    if (paths.length === 0) return;
    const space = paths[0]!.getScreenCTM()!.inverse();
    const boxes = new Map<string, Rect>();
    for (const g of svg.querySelectorAll<SVGGElement>('g.node')) {
      const id = /-flowchart-(.+)-\d+$/.exec(g.id)?.[1];
      const outline = g.querySelector<SVGGraphicsElement>(':scope > rect, :scope > polygon, :scope > circle, :scope > path, :scope > g:not(.label)');
      if (id && outline && !g.classList.contains('hidden')) boxes.set(id, rectIn(outline, space));
    }
    const labels = new Map<string, SVGGElement>();
    for (const g of svg.querySelectorAll<SVGGElement>('g.edgeLabel')) {
      const id = /-(L_.+)$/.exec(g.id)?.[1];
      if (id && g.querySelector('.nodeLabel')?.textContent?.trim()) labels.set(id, g);
    }
    const decode = (p: SVGPathElement): Point[] => JSON.parse(atob(p.dataset.points ?? '')) as Point[];
    const routes = new Map(paths.map((p) => [p, decode(p)]));
    const ends = (id: string): [string, string] | null => {
      const parts = (/^L_(.+)_\d+$/.exec(id)?.[1] ?? '').split('_');
      for (let i = 1; i < parts.length; i++) {
        const from = parts.slice(0, i).join('_'), to = parts.slice(i).join('_');
        if (boxes.has(from) && boxes.has(to)) return [from, to];
      }
      return null;
    };
    for (const path of paths) {
      const id = path.dataset.id ?? '';
      const joined = ends(id);
      const old = routes.get(path)!;
      if (!joined || old.length < 2) continue;
      const [s, t] = [boxes.get(joined[0])!, boxes.get(joined[1])!];
      const sides = facing(t, s);
      if (sides.length === 0 || sides.includes(sideOf(t, old[old.length - 1]!))) continue;
      const label = labels.get(id);
      const labelRects = [...labels].filter(([other]) => other !== id).map(([, g]) => rectIn(g, space));
      const obstacles = [...boxes].filter(([b]) => b !== joined[0] && b !== joined[1]).map(([, r]) => r);
      const others = [...routes].filter(([p]) => p !== path).map(([, pts]) => pts);
      const clear = (route: Point[]) =>
        route.every((a, i) => {
          const b = route[i + 1];
          if (!b) return true;
          if (obstacles.some((r) => segmentHitsRect(a, b, r, CLEAR)) || labelRects.some((r) => segmentHitsRect(a, b, r, 1))) return false;
          // Between its ends a route keeps off its own two boxes.
          if (i > 0 && segmentHitsRect(a, b, s, 1)) return false;
          if (i < route.length - 2 && segmentHitsRect(a, b, t, 1)) return false;
          // Never along another arrow, nor close by where one starts or ends (its tip or its tail).
          const tips = others.flatMap((o) => [o[0]!, o[o.length - 1]!]);
          if (tips.some((c) => segmentHitsRect(a, b, { x: c.x, y: c.y, w: 0, h: 0 }, 2 * CLEAR))) return false;
          return others.every((o) => o.every((c, j) => !o[j + 1] || !runsAlong(a, b, c, o[j + 1]!)));
        });
      // Each crossing of another arrow costs as much as a long detour: the print crosses lines rarely.
      const crossings = (route: Point[]) =>
        route.reduce((n, a, i) => (route[i + 1] ? n + others.reduce((m, o) => m + o.filter((c, j) => o[j + 1] && crosses(a, route[i + 1]!, c, o[j + 1]!)).length, 0) : n), 0);
      const best = sides
        .flatMap((side) => candidates(s, t, side))
        .filter(clear)
        .map((r) => ({ r, cost: length(r) + 40 * (r.length - 2) + 200 * crossings(r) + 2 * (offCentre(r[0]!, s) + offCentre(r[r.length - 1]!, t)) }))
        .reduce<{ r: Point[]; cost: number } | null>((a, b) => (a === null || b.cost < a.cost ? b : a), null);
      if (!best) continue;
      const route = best.r;
      // The tip stands where Mermaid stopped the line short of the box: keep the same gap.
      const tip = path.getPointAtLength(path.getTotalLength());
      const gap = Math.min(8, Math.hypot(tip.x - old[old.length - 1]!.x, tip.y - old[old.length - 1]!.y));
      const [p, q] = [route[route.length - 2]!, route[route.length - 1]!];
      const run = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      const drawn = [...route.slice(0, -1), { x: q.x - ((q.x - p.x) / run) * gap, y: q.y - ((q.y - p.y) / run) * gap }];
      path.setAttribute('d', rounded(drawn));
      path.setAttribute('data-points', btoa(JSON.stringify(route.map((c) => ({ x: thousandth(c.x), y: thousandth(c.y) })))));
      routes.set(path, route);
      if (label) moveLabel(label, route, space, (r) => !obstacles.some((o) => segmentHitsRect({ x: r.x, y: r.y }, { x: r.x + r.w, y: r.y + r.h }, o, 2)) && !others.some((o) => o.some((c, j) => o[j + 1] && segmentHitsRect(c, o[j + 1]!, r, 2))));
    }
  }

  /**
   * The label goes to the middle of the longest of the route's runs where it touches no box and no
   * other arrow (the longest run, where none is clear), as Mermaid centres it on the arrow.
   */
  function moveLabel(label: SVGGElement, route: Point[], space: DOMMatrix, fits: (r: Rect) => boolean): void {
    const now = rectIn(label, space);
    const runs = route.slice(0, -1).map((a, i) => ({ at: { x: (a.x + route[i + 1]!.x) / 2, y: (a.y + route[i + 1]!.y) / 2 }, run: length([a, route[i + 1]!]) }));
    runs.sort((a, b) => b.run - a.run);
    const place = (at: Point): Rect => ({ x: at.x - now.w / 2, y: at.y - now.h / 2, w: now.w, h: now.h });
    const at = (runs.find((r) => fits(place(r.at))) ?? runs[0]!).at;
    const dx = at.x - (now.x + now.w / 2), dy = at.y - (now.y + now.h / 2);
    const m = /translate\(\s*([-\d.e]+)[ ,]\s*([-\d.e]+)\s*\)/.exec(label.getAttribute('transform') ?? '');
    const [x, y] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
    label.setAttribute('transform', `translate(${thousandth(x + dx)}, ${thousandth(y + dy)})`);
  }

  (window as unknown as { __tartipFacingRoutes: (svg: SVGSVGElement) => void }).__tartipFacingRoutes = reroute;
}
