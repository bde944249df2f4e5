// Term arithmetic (TRT2104): the longest path through each procedure, summed per unit family without the
// steps that «мерзіміне кірмейді», against the total term the act declares for that channel.
import type { DiagnosticBag } from '../../diagnostics/create.js';
import type { Bilingual } from '../../diagnostics/types.js';
import type { BoundProcedure, BoundStep, Model, Transition } from '../model.js';
import { ZERO, add, describeFigures, figuresOf, formatNumber, leastIn, termFamily, type Family, type Figures } from './figures.js';
import { stepName } from './steps.js';

export interface Path {
  figures: Figures;
  steps: number[];
}

/** What leaving a step by one transition costs: a branch has its own duration when it states one. */
function edgeCost(step: BoundStep, t: Transition, family: Family): Figures {
  if (t.on === 'skipped') return ZERO;
  if (t.on === 'branch' && t.branch !== null && step.branchDurations[t.branch]) return figuresOf(step.branchDurations[t.branch], family);
  return figuresOf(step.duration, family);
}

/**
 * The longest path from the first step to the end or a refusal, measured in `family`. A jump back to a
 * step already on the path is not followed: a loop adds no new allowance, and the acts have none.
 */
function longestPath(procedure: BoundProcedure, family: Family): Path {
  const memo = new Map<number, Path>();
  const onPath = new Set<number>();
  const visit = (index: number): Path => {
    const known = memo.get(index);
    if (known) return known;
    onPath.add(index);
    const step = procedure.steps[index]!;
    let best: Path | undefined;
    for (const t of step.transitions) {
      if (t.to.kind === 'step' && onPath.has(t.to.index)) continue;
      const rest = t.to.kind === 'step' ? visit(t.to.index) : { figures: ZERO, steps: [] };
      const figures = add(edgeCost(step, t, family), rest.figures);
      if (!best || leastIn(figures, family) > leastIn(best.figures, family)) best = { figures, steps: [index, ...rest.steps] };
    }
    onPath.delete(index);
    const path = best ?? { figures: figuresOf(step.duration, family), steps: [index] };
    memo.set(index, path);
    return path;
  };
  return procedure.steps.length > 0 ? visit(0) : { figures: ZERO, steps: [] };
}

/** The note that says how the units were brought together, when they had to be. */
function conversion(f: Figures, family: Family): Bilingual {
  const least = formatNumber(leastIn(f, family));
  if (family === 'calendar-day' && f.workingDays > 0) {
    return {
      kk: `; әр жұмыс күні кемінде бір күнтізбелік күн деп есептегенде, кемінде ${least.kk} күнтізбелік күн`,
      en: `; counting each working day as at least one calendar day, at least ${least.en} calendar days`,
    };
  }
  if (family === 'calendar-day' && f.seconds > 0) {
    return { kk: `; барлығы ${least.kk} күнтізбелік күн`, en: `; ${least.en} calendar days in all` };
  }
  if (family === 'time' && f.calendarDays + f.workingDays > 0) {
    return {
      kk: `; әр күн кемінде 24 сағат деп есептегенде, кемінде ${describeFigures({ ...f, calendarDays: 0, workingDays: 0, seconds: leastIn(f, 'time') }).kk}`,
      en: `; counting each day as at least 24 hours, at least ${describeFigures({ ...f, calendarDays: 0, workingDays: 0, seconds: leastIn(f, 'time') }).en}`,
    };
  }
  return { kk: '', en: '' };
}

/** A procedure's steps against the total term the act states for its channel (undefined: it states none). */
export interface ProcedureTerm {
  term: Model['termDurations'][number];
  /** The longest path's sum, in the family the term is stated in (in seconds when the term mixes families). */
  path: Path;
  /** Undefined when the term mixes unit families and cannot be compared. */
  within: boolean | undefined;
}

export function procedureTerm(model: Model, procedure: BoundProcedure): ProcedureTerm | undefined {
  const term = model.termDurations.find((t) => t.channel === procedure.channel) ?? model.termDurations.find((t) => t.channel === undefined);
  if (!term?.duration) return undefined;
  const termFigures = figuresOf(term.duration, 'time', false);
  const family = termFamily(termFigures);
  const path = longestPath(procedure, family ?? 'time');
  // A thousandth of the unit absorbs rounding in sums such as 1,5 minutes written in seconds.
  return { term, path, within: family ? leastIn(path.figures, family) <= leastIn(termFigures, family) + 1e-3 : undefined };
}

export function checkTerms(model: Model, bag: DiagnosticBag): void {
  for (const term of model.termDurations) {
    const termFigures = figuresOf(term.duration, 'time', false);
    const family = termFamily(termFigures);
    if (!family) continue;
    const limit = leastIn(termFigures, family);
    for (const procedure of model.procedures.values()) {
      if (term.channel !== undefined && procedure.channel !== term.channel) continue;
      const path = longestPath(procedure, family);
      if (leastIn(path.figures, family) <= limit + 1e-3) continue;
      bag.add('TRT2104', procedure.node.name.range, {
        procedure: procedure.id,
        path: path.steps.map((i) => stepName(procedure.steps[i]!)).join(' → '),
        computed: describeFigures(path.figures),
        conversion: conversion(path.figures, family),
        term: describeFigures(termFigures),
      }, { related: [bag.related(term.range, 'term-declared')] });
    }
  }
}
