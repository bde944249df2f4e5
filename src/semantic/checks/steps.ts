// Shared helpers for the checks that walk procedures: step names for messages, step look-up, edges.
import type { StepRef, Target } from '../../ast/nodes.js';
import type { Bilingual, Range } from '../../diagnostics/types.js';
import type { BoundProcedure, BoundStep, Destination } from '../model.js';

/** How a message names a step: its label as printed, with its process or condition label («3) 1-шарт»). */
export function stepName(step: BoundStep): string {
  const label = step.node.label.style === 'bullet' ? `* (№${step.index + 1})` : step.node.label.written;
  return `«${step.node.systemLabel ? `${label} ${step.node.systemLabel.written}` : label}»`;
}

/** The range that stands for a step in diagnostics: its head label(s). */
export function stepHead(step: BoundStep): Range {
  const { label, systemLabel } = step.node;
  return systemLabel && systemLabel.range.end.offset > label.range.end.offset ? { start: label.range.start, end: systemLabel.range.end } : label.range;
}

/** The index of the step a reference names, as the binder resolves it (the binder has reported a miss). */
export function findStep(procedure: BoundProcedure, ref: StepRef): number | undefined {
  const index = procedure.node.steps.findIndex((s) =>
    ref.labelKind === 'process' || ref.labelKind === 'condition'
      ? s.systemLabel?.role === ref.labelKind && s.systemLabel.number === ref.number
      : s.label.number === ref.number,
  );
  return index < 0 ? undefined : index;
}

/** Where a written target leads from the step at `index`. */
export function targetDestination(procedure: BoundProcedure, index: number, target: Target): Destination | undefined {
  switch (target.kind) {
    case 'End': return { kind: 'end' };
    case 'Refusal': return { kind: 'refusal' };
    case 'Next': return index + 1 < procedure.steps.length ? { kind: 'step', index: index + 1 } : { kind: 'end' };
    default: {
      const found = findStep(procedure, target);
      return found === undefined ? undefined : { kind: 'step', index: found };
    }
  }
}

export function describeDestination(procedure: BoundProcedure, to: Destination): Bilingual {
  if (to.kind === 'end') return { kk: 'аяқталу (нәтиже)', en: 'the end (the result)' };
  if (to.kind === 'refusal') return { kk: 'бас тарту', en: 'the refusal' };
  const name = stepName(procedure.steps[to.index]!);
  return { kk: `${name} қадамы`, en: `step ${name}` };
}

export function sameDestination(a: Destination, b: Destination): boolean {
  return a.kind === b.kind && (a.kind !== 'step' || a.index === (b as { index: number }).index);
}

/** Indices of the steps a step leads to directly. */
export function successors(step: BoundStep): number[] {
  return step.transitions.flatMap((t) => (t.to.kind === 'step' ? [t.to.index] : []));
}
