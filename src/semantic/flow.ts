// Binding, part 3: where each step leads (next step, condition outcomes, branches, explicit jumps).
import type { Target } from '../ast/nodes.js';
import type { BoundProcedure, Destination, Transition } from './model.js';
import type { Resolver } from './references.js';

function destination(procedure: BoundProcedure, target: Target | undefined, next: Destination, resolver: Resolver): Destination | undefined {
  if (!target) return undefined;
  switch (target.kind) {
    case 'End': return { kind: 'end' };
    case 'Refusal': return { kind: 'refusal' };
    case 'Next': return next;
    default: {
      const index = resolver.step(procedure, target);
      return index === undefined ? undefined : { kind: 'step', index };
    }
  }
}

/**
 * Fills every step's transitions. A step goes to the next one in order unless it says «→ …»; a
 * condition's «иә» defaults to the next step; a branch goes where its arrow points; a step guarded
 * by «тек …» may be skipped, going on to the step after it or where its «әйтпесе → …» points.
 */
export function computeTransitions(procedure: BoundProcedure, resolver: Resolver): void {
  const steps = procedure.steps;
  steps.forEach((step, i) => {
    const next: Destination = i + 1 < steps.length ? { kind: 'step', index: i + 1 } : { kind: 'end' };
    const transitions: Transition[] = [];
    const node = step.node;
    step.node.branches.forEach((branch, b) => {
      const to = destination(procedure, branch.target, next, resolver);
      if (to) transitions.push({ on: 'branch', branch: b, to });
    });
    if (node.systemLabel?.role === 'condition' || node.outcomes.length > 0) {
      for (const outcome of ['yes', 'no'] as const) {
        const clause = node.outcomes.find((o) => o.outcome === outcome);
        const to = clause ? destination(procedure, clause.target, next, resolver) : outcome === 'yes' ? next : undefined;
        if (to) transitions.push({ on: outcome, branch: null, to });
      }
    } else {
      const jump = node.gotos[0];
      const to = jump ? destination(procedure, jump.target, next, resolver) : next;
      if (to) transitions.push({ on: 'done', branch: null, to });
    }
    // A guard on part of the action leaves the step in the flow; a whole-step guard may skip it, to the next
    // step or where «әйтпесе» says.
    if (node.guards.some((g) => !g.part)) {
      const otherwise = node.otherwise[0];
      const to = otherwise ? destination(procedure, otherwise.target, next, resolver) : next;
      if (to) transitions.push({ on: 'skipped', branch: null, to });
    }
    step.transitions = transitions;
  });
}
