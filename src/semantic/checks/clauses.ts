// Step clause checks: guards and «әйтпесе» agree (TRT2305, TRT2306), a guarded part stands in the action
// (TRT2308), a step's systems are systems (TRT2005), and an intermediate document is made before it is used (TRT2307).
import type { DiagnosticBag } from '../../diagnostics/create.js';
import type { Bilingual } from '../../diagnostics/types.js';
import type { Model } from '../model.js';
import { textContains } from '../../text/compare.js';
import { ENTITY_KIND } from '../names.js';
import { stepHead, stepName } from './steps.js';

const SYSTEM: Bilingual = { kk: 'ақпараттық жүйе', en: 'an information system' };

export function checkClauses(model: Model, bag: DiagnosticBag): void {
  for (const procedure of model.procedures.values()) {
    const made = new Set<string>();
    for (const step of procedure.steps) {
      const n = step.node;
      const wholeGuard = n.guards.find((g) => !g.part);
      if (wholeGuard && n.outcomes.length > 0) {
        bag.add('TRT2305', n.outcomes[0]!.range, { step: stepName(step) }, { related: [bag.related(wholeGuard.range, 'guard-here')] });
      }
      if (!wholeGuard && n.otherwise[0]) bag.add('TRT2306', n.otherwise[0].range, { step: stepName(step) });
      for (const guard of n.guards) {
        if (guard.part && !textContains(n.action.value, guard.part.value)) {
          bag.add('TRT2308', guard.part.range, { step: stepName(step) }, { related: [bag.related(n.action.range, 'step-here', { step: stepName(step) })] });
        }
      }
      for (const ref of n.systems) {
        const entity = model.entities.get(ref.name);
        if (entity && entity.kind !== 'system') bag.add('TRT2005', ref.range, { name: ref.name, actual: ENTITY_KIND[entity.kind], expected: SYSTEM });
      }
      for (const used of n.uses) {
        const doc = model.documents.get(used.name);
        if (doc?.kind === 'intermediate' && !made.has(doc.id)) bag.add('TRT2307', used.range, { document: doc.id, step: stepName(step) }, { related: [bag.related(stepHead(step), 'step-here', { step: stepName(step) })] });
      }
      for (const m of n.makes) made.add(m.name);
    }
  }
}
