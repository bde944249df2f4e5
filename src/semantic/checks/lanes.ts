// Chart lanes: a unit has one lane (a repeat is reported, TRT2404), and when a chart lists its lanes
// («жолдар»), every box of the charted procedure has one: the performer's, or the lane «жолы» names (TRT2403).
import type { EntityRef } from '../../ast/nodes.js';
import type { DiagnosticBag } from '../../diagnostics/create.js';
import type { Model } from '../model.js';

/** The lane a box is drawn in: the one its «жолы» names, else its performer's. */
export function laneOf(performer: EntityRef | undefined, lane: EntityRef | undefined): EntityRef | undefined {
  return lane ?? performer;
}

export function checkLanes(model: Model, bag: DiagnosticBag): void {
  for (const appendix of model.file.appendices) {
    for (const chart of appendix.charts) {
      if (chart.lanes.length === 0) continue;
      const first = new Map<string, EntityRef>();
      chart.lanes.forEach((lane, i) => {
        const seen = first.get(lane.name);
        if (!seen) {
          first.set(lane.name, lane);
          return;
        }
        // The fix removes the repeat with the comma before it.
        const before = chart.lanes[i - 1]!;
        bag.add('TRT2404', lane.range, { lane: lane.name }, {
          related: [bag.related(seen.range, 'declared-here')],
          fix: { message: { kk: `қайталанған «${lane.name}» жолын алып тастау`, en: `remove the repeated lane «${lane.name}»` }, range: { start: before.range.end, end: lane.range.end }, replacement: '' },
        });
      });
      const procedure = model.procedures.get(chart.procedure.name);
      if (!procedure) continue;
      const reported = new Set<string>();
      for (const step of procedure.node.steps) {
        const boxes = [laneOf(step.performer, step.lanes[0]), ...step.branches.map((b) => laneOf(b.performer ?? step.performer, b.lane ?? step.lanes[0]))];
        for (const box of boxes) {
          // An undeclared performer is already an unknown name (TRT2001): no lane finding on top of it.
          if (!box || box.name === '' || !model.entities.has(box.name) || first.has(box.name) || reported.has(box.name)) continue;
          reported.add(box.name);
          bag.add('TRT2403', chart.lanes[0]!.range, { performer: box.name, procedure: procedure.id, step: step.label.written }, {
            related: [bag.related(box.range, 'step-here', { step: step.label.written })],
          });
        }
      }
    }
  }
}
