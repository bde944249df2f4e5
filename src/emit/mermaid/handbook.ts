// The business-process handbook chart: one lane per unit, each action in its performer's lane.
import type { EntityInfo, ProcedureInfo } from '../json/model.js';
import type { Chart } from './chart-model.js';
import { branchLines, plain, questionLines, stepLines, WORDS, type BoxStyle } from './labels.js';
import { actOrder, LaneSet, performers } from './lanes.js';
import { buildFlow, type FlowShapes } from './procedure-flow.js';

const APPLICANT = 'алушы';

/**
 * A box holds the step's text (and its duration) with no number: no printed handbook numbers its
 * boxes (the seed act's, the 2018 acts'), the order is the arrows'. A diamond carries the question the
 * act prints in it («сұрақ»), else nothing: the case a branch depends on is then written in the box it
 * leads to, so a long condition never blows a diamond up.
 */
const shapes = (style: BoxStyle): FlowShapes => ({
  conditionIsDiamond: false,
  step: (step, id) => ({ id, shape: 'action', lines: stepLines(step, null, style) }),
  condition: (step, id) => ({ id, shape: 'decision', lines: questionLines(step) ?? (step.systemLabel ? plain(step.systemLabel.label) : []) }),
  decision: (id, step) => ({ id, shape: 'decision', lines: questionLines(step) ?? [] }),
  branch: (branch, id) => ({ id, shape: 'action', lines: branchLines(branch, style) }),
  start: (id) => ({ id, shape: 'terminal', lines: plain(WORDS.start) }),
  end: (id) => ({ id, shape: 'terminal', lines: plain(WORDS.end) }),
  refusal: (id) => ({ id, shape: 'terminal', lines: plain(WORDS.refusal) }),
});

/**
 * The lane order: the chart's `жолдар` when the act gives them; otherwise the applicant, then
 * everyone who acts in the procedure in the act's order (its list of participants first).
 */
export function handbookLanes(procedure: ProcedureInfo, lanes: string[], entities: Map<string, EntityInfo>): string[] {
  if (lanes.length > 0) return lanes;
  return [APPLICANT, ...actOrder(performers(procedure).filter((p) => p !== APPLICANT), entities)];
}

export function handbookChart(procedure: ProcedureInfo, lanes: string[], title: string, entities: Map<string, EntityInfo>, style: BoxStyle): Chart {
  const order = handbookLanes(procedure, lanes, entities);
  const set = new LaneSet(order, entities);
  const first = procedure.steps[0];
  const startLane = set.has(APPLICANT) ? APPLICANT : (first?.performer ?? APPLICANT);
  const flow = buildFlow(procedure, set, shapes(style), startLane, style);
  return { title, lanes: set.lanes(), edges: flow.edges };
}
