// Chart lanes: when a chart lists its lanes («жолдар»), everyone who acts in the charted procedure has one (TRT2403).
import type { DiagnosticBag } from '../../diagnostics/create.js';
import type { Model } from '../model.js';

export function checkLanes(model: Model, bag: DiagnosticBag): void {
  for (const appendix of model.file.appendices) {
    for (const chart of appendix.charts) {
      if (chart.lanes.length === 0) continue;
      const procedure = model.procedures.get(chart.procedure.name);
      if (!procedure) continue;
      const listed = new Set(chart.lanes.map((lane) => lane.name));
      const reported = new Set<string>();
      for (const step of procedure.node.steps) {
        const performers = [step.performer, ...step.branches.flatMap((b) => (b.performer ? [b.performer] : []))];
        for (const performer of performers) {
          if (performer.name === '' || listed.has(performer.name) || reported.has(performer.name)) continue;
          reported.add(performer.name);
          bag.add('TRT2403', chart.lanes[0]!.range, { performer: performer.name, procedure: procedure.id, step: step.label.written }, {
            related: [bag.related(performer.range, 'step-here', { step: step.label.written })],
          });
        }
      }
    }
  }
}
