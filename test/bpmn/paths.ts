// Every path through a procedure, read from the JSON alone: the steps (and cases) taken, the choices, the end.
import type { ProcedureInfo, StepInfo } from '../../src/emit/json/model.js';
import { choiceKey } from '../../src/emit/bpmn/choices.js';

export interface Path {
  /** «step id» or «step id/case n», in the order taken. */
  taken: string[];
  /** The gateway flags to set (bpmn-engine variables of the process). */
  flags: string[];
  end: 'end' | 'refusal';
}

const LIMIT = 500;

export function pathsOf(p: ProcedureInfo): Path[] {
  const byId = new Map(p.steps.map((s) => [s.id, s]));
  const out: Path[] = [];
  const walk = (step: StepInfo, taken: string[], flags: string[], visited: Set<string>) => {
    if (out.length >= LIMIT || visited.has(step.id)) return;
    const seen = new Set([...visited, step.id]);
    const go = (to: StepInfo['transitions'][number]['to'], t: string[], f: string[]) => {
      if (to.kind === 'step') walk(byId.get(to.step)!, t, f, seen);
      else out.push({ taken: t, flags: f, end: to.kind });
    };
    const skipped = step.guards.length > 0 ? step.transitions.find((t) => t.on === 'skipped') : undefined;
    if (skipped) go(skipped.to, taken, [...flags, choiceKey(step.position, 'skip')]);
    const performed = [...taken, step.id];
    step.branches.forEach((_, k) => {
      const t = step.transitions.find((x) => x.on === 'branch' && x.branch === k);
      if (t) go(t.to, [...performed, `${step.id}/case ${k + 1}`], [...flags, choiceKey(step.position, { case: k })]);
    });
    for (const t of step.transitions) {
      if (t.on === 'done' || t.on === 'yes') go(t.to, performed, flags);
      if (t.on === 'no') go(t.to, performed, [...flags, choiceKey(step.position, 'no')]);
    }
  };
  if (p.steps[0]) walk(p.steps[0], [], [], new Set());
  return out;
}
