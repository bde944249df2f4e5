// Flow checks: every step reachable (TRT2301), every condition with both outcomes (TRT2302), every path
// ending in a result or a refusal (TRT2303), and each step's stated result leading where the step leads (TRT2304).
import type { DiagnosticBag } from '../../diagnostics/create.js';
import type { Model, BoundProcedure } from '../model.js';
import { statements } from '../walk.js';
import { describeDestination, findStep, sameDestination, stepHead, stepName, successors, targetDestination } from './steps.js';

/** Steps reachable from the first one. */
function reachable(procedure: BoundProcedure): Set<number> {
  const seen = new Set<number>();
  const stack = procedure.steps.length > 0 ? [0] : [];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (seen.has(i)) continue;
    seen.add(i);
    stack.push(...successors(procedure.steps[i]!));
  }
  return seen;
}

/** Steps from which some path reaches the end or a refusal. */
function canFinish(procedure: BoundProcedure): Set<number> {
  const done = new Set<number>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const step of procedure.steps) {
      if (done.has(step.index)) continue;
      if (step.transitions.some((t) => t.to.kind !== 'step' || done.has(t.to.index))) {
        done.add(step.index);
        changed = true;
      }
    }
  }
  return done;
}

/**
 * Reports only the first step of each unreachable stretch: the steps after it are unreachable because
 * it is, and one finding per cause reads better than a cascade.
 */
function checkReachable(procedure: BoundProcedure, bag: DiagnosticBag): void {
  const reached = reachable(procedure);
  const unreached = procedure.steps.filter((s) => !reached.has(s.index));
  const covered = new Set<number>();
  for (const step of unreached) {
    if (covered.has(step.index)) continue;
    bag.add('TRT2301', stepHead(step), { step: stepName(step) });
    const stack = [step.index];
    while (stack.length > 0) {
      const i = stack.pop()!;
      if (covered.has(i)) continue;
      covered.add(i);
      stack.push(...successors(procedure.steps[i]!).filter((j) => !reached.has(j)));
    }
  }
}

/** A loop with no way out: reported once, at its first step. */
function checkWayOut(procedure: BoundProcedure, bag: DiagnosticBag): void {
  const reached = reachable(procedure);
  const finishing = canFinish(procedure);
  const covered = new Set<number>();
  for (const step of procedure.steps) {
    if (!reached.has(step.index) || finishing.has(step.index) || covered.has(step.index)) continue;
    bag.add('TRT2303', stepHead(step), { step: stepName(step) });
    const stack = [step.index];
    while (stack.length > 0) {
      const i = stack.pop()!;
      if (covered.has(i)) continue;
      covered.add(i);
      stack.push(...successors(procedure.steps[i]!));
    }
  }
}

function checkConditions(procedure: BoundProcedure, bag: DiagnosticBag): void {
  for (const step of procedure.steps) {
    const { node } = step;
    if (node.systemLabel?.role !== 'condition' && node.outcomes.length === 0) continue;
    for (const outcome of ['yes', 'no'] as const) {
      const clauses = node.outcomes.filter((o) => o.outcome === outcome);
      const word = outcome === 'yes' ? 'иә' : 'жоқ';
      // «иә» may be left out: it goes on to the next step. «жоқ» has no such default.
      if (clauses.length === 0 && outcome === 'no') bag.add('TRT2302', stepHead(step), { step: stepName(step), outcome: word });
      for (const extra of clauses.slice(1)) {
        bag.add('TRT2008', extra.range, { what: { kk: `«${word} →»`, en: `«${word} →» (${outcome})` } }, {
          related: [bag.related(stepHead(step), 'condition-here')],
        });
      }
    }
  }
}

/** «нәтижесі P N: «…» → M» says the result of N is the basis of M; the flow must agree. */
function checkResultBasis(model: Model, bag: DiagnosticBag): void {
  for (const { statement: s } of statements(model.file)) {
    if (s.kind !== 'StepResult' || !s.target) continue;
    const procedure = model.procedures.get(s.procedure.name);
    const index = procedure ? findStep(procedure, s.step) : undefined;
    if (!procedure || index === undefined) continue;
    const stated = targetDestination(procedure, index, s.target);
    const step = procedure.steps[index]!;
    const actual = step.transitions.filter((t) => t.on !== 'skipped').map((t) => t.to);
    if (!stated || actual.length === 0 || actual.some((to) => sameDestination(to, stated))) continue;
    const list = actual.map((to) => describeDestination(procedure, to));
    bag.add('TRT2304', s.target.range, {
      step: stepName(step),
      stated: describeDestination(procedure, stated),
      actual: { kk: list.map((d) => d.kk).join(', '), en: list.map((d) => d.en).join(', ') },
    }, { related: [bag.related(stepHead(step), 'step-here', { step: stepName(step) })] });
  }
}

/** A jump to a step that does not exist (already reported by the binder) leaves the graph unknown. */
function hasBrokenTargets(procedure: BoundProcedure): boolean {
  return procedure.steps.some(({ node, index }) =>
    [...node.branches, ...node.outcomes, ...node.gotos].some((c) => !c.target || !targetDestination(procedure, index, c.target)),
  );
}

export function checkFlow(model: Model, bag: DiagnosticBag): void {
  for (const procedure of model.procedures.values()) {
    if (!hasBrokenTargets(procedure)) {
      checkReachable(procedure, bag);
      checkWayOut(procedure, bag);
    }
    checkConditions(procedure, bag);
  }
  checkResultBasis(model, bag);
}
