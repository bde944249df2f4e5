// The layout: no two shapes overlap, every node lies inside its lane and pool, and the export is byte-stable.
import { describe, expect, it } from 'vitest';
import { buildCollaboration } from '../../src/emit/bpmn/build-collaboration.js';
import { emitBpmn } from '../../src/emit/bpmn/emit.js';
import { layout, type Bounds } from '../../src/emit/bpmn/layout.js';

const overlap = (a: Bounds, b: Bounds) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
import { ACTS, bpmnOf, definitionOf } from './compile-acts.js';

const inside = (a: Bounds, b: Bounds) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

describe('BPMN layout', () => {
  it.each(ACTS)('%s: shapes and labels never overlap, and stay in their lanes', (act) => {
    const c = buildCollaboration(definitionOf(act));
    const l = layout(c);
    const boxes: { id: string; b: Bounds; host?: string }[] = [];
    for (const pool of c.pools) {
      for (const n of pool.nodes) {
        const b = l.shapes.get(n.id);
        expect(b, `${n.id} has a shape`).toBeDefined();
        const lane = pool.lanes.find((x) => x.entity === n.lane)!;
        expect(inside(b!, l.shapes.get(lane.id)!), `${n.id} inside lane ${lane.name}`).toBe(true);
        boxes.push({ id: n.id, b: b!, host: n.timer?.attachedTo });
        const label = l.labels.get(n.id);
        if (label) {
          expect(inside(label, l.shapes.get(lane.id)!), `${n.id}'s label inside its lane`).toBe(true);
          boxes.push({ id: `${n.id} label`, b: label, host: n.id });
        }
      }
      for (const lane of pool.lanes) expect(inside(l.shapes.get(lane.id)!, l.shapes.get(pool.participant)!)).toBe(true);
      for (const f of pool.flows) {
        expect(l.edges.get(f.id)!.length).toBeGreaterThanOrEqual(2);
        const label = l.labels.get(f.id);
        if (label) boxes.push({ id: `${f.id} label`, b: label });
      }
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        // A boundary timer sits on its task's edge, and a timer's label beside its own timer.
        if (a.host === b.id || b.host === a.id || (a.host && a.host === b.host)) continue;
        expect(overlap(a.b, b.b), `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
    const pools = [...c.pools.map((p) => p.participant), ...c.systems.map((s) => s.participant)].map((id) => l.shapes.get(id)!);
    for (let i = 0; i < pools.length; i++) for (let j = i + 1; j < pools.length; j++) expect(overlap(pools[i]!, pools[j]!)).toBe(false);
  });

  it('detects an overlap (the check can fail)', () => {
    expect(overlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(overlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
  });

  it.each(ACTS)('%s: the XML is byte-identical twice', async (act) => {
    const json = definitionOf(act);
    expect(await emitBpmn(json)).toBe(await emitBpmn(json));
  });

  it('matches the golden BPMN of the seed act', async () => {
    await expect((await bpmnOf(ACTS[0]!)).xml).toMatchFileSnapshot('../golden/bpmn/2015-225-adoption-candidates-registration.bpmn');
  });
});
