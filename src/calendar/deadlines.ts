// Due times of an act's procedures from a start: each step on the main path in order, and the act's own term.
import type { ProcedureInfo, ProcessDefinition, StepInfo, TransitionInfo } from '../emit/json/model.js';
import { addDuration, workingMoment, type TermRules } from './arithmetic.js';
import type { Local } from './zone.js';

export interface StepDue {
  step: string;
  label: string;
  due: Local;
}

export interface ProcedureDue {
  procedure: string;
  channel: string;
  due: Local;
  steps: StepDue[];
  /** The total term the act states for the channel, counted from the start; null when it states none. */
  term: Local | null;
}

export interface Deadlines {
  /** The moment counting starts: the acceptance, moved into working hours. */
  start: Local;
  procedures: ProcedureDue[];
}

/** The main path: done, else «иә», else the first case; never a refusal when the service can go on. */
function mainTransition(step: StepInfo): TransitionInfo | undefined {
  const order: TransitionInfo['on'][] = ['done', 'yes', 'branch', 'no'];
  for (const on of order) {
    const found = step.transitions.filter((t) => t.on === on);
    const onward = found.find((t) => t.to.kind !== 'refusal') ?? found[0];
    if (onward) return onward;
  }
  return undefined;
}

function procedureDue(def: ProcessDefinition, p: ProcedureInfo, start: Local, rules: TermRules): ProcedureDue {
  const byId = new Map(p.steps.map((s) => [s.id, s]));
  const steps: StepDue[] = [];
  let at = start;
  const seen = new Set<string>();
  for (let step: StepInfo | undefined = p.steps[0]; step && !seen.has(step.id);) {
    seen.add(step.id);
    const t = mainTransition(step);
    at = addDuration(at, step.duration, rules);
    if (t?.on === 'branch' && t.branch !== null) at = addDuration(at, step.branches[t.branch]?.duration ?? null, rules);
    steps.push({ step: step.id, label: step.label, due: at });
    step = t?.to.kind === 'step' ? byId.get(t.to.step) : undefined;
  }
  const term = def.terms.find((x) => x.channel === p.channel) ?? def.terms.find((x) => x.channel === null);
  return { procedure: p.id, channel: p.channel, due: at, steps, term: term ? addDuration(start, term.duration, rules) : null };
}

/**
 * The procedures a person waits on: those of units; a channel described only by its information systems'
 * procedure is timed by that one.
 */
function timedProcedures(def: ProcessDefinition, channel: string | undefined): ProcedureInfo[] {
  const wanted = def.procedures.filter((p) => channel === undefined || p.channel === channel);
  return wanted.filter((p) => p.kind === 'units' || !wanted.some((q) => q.kind === 'units' && q.channel === p.channel));
}

export function channelsOf(def: ProcessDefinition): string[] {
  return [...new Set(def.procedures.map((p) => p.channel))];
}

export function deadlines(def: ProcessDefinition, from: Local, rules: TermRules, channel?: string): Deadlines {
  const start = workingMoment(from, rules.calendar);
  return { start, procedures: timedProcedures(def, channel).map((p) => procedureDue(def, p, start, rules)) };
}
