// Draws a procedure's control flow into lanes: steps, guards, branches, conditions, start and ends.
import type { BranchInfo, Destination, ProcedureInfo, StepInfo, TransitionInfo } from '../json/model.js';
import type { ChartEdge, ChartNode } from './chart-model.js';
import { WORDS } from './labels.js';
import type { LaneSet } from './lanes.js';

/** How one kind of chart draws the elements of a procedure. */
export interface FlowShapes {
  /** The step's own node; `diamond` says it is also the condition its «иә» / «жоқ» leave from. */
  step(step: StepInfo, id: string, diamond: boolean): ChartNode;
  /** Whether a condition step is drawn as the diamond itself (IS diagram) or a box then a diamond. */
  conditionIsDiamond: boolean;
  /** The diamond after a condition step drawn as a box. */
  condition(step: StepInfo, id: string): ChartNode;
  /** The diamond of a guard or a branch; its case is written in the box it leads to. */
  decision(id: string): ChartNode;
  branch(branch: BranchInfo, id: string): ChartNode;
  start(id: string): ChartNode;
  end(id: string, step: StepInfo): ChartNode;
  refusal(id: string): ChartNode;
}

export interface Flow {
  edges: ChartEdge[];
  /** The node id of each step's own node, by step id. */
  stepNodes: Map<string, string>;
  /** The node id the flow enters each step by (its guard, when it has one). */
  entries: Map<string, string>;
  /** The refusal end nodes. */
  refusals: Set<string>;
}

const OUTCOME_LABEL: Partial<Record<TransitionInfo['on'], string>> = { yes: WORDS.yes, no: WORDS.no };

function isDecision(step: StepInfo): boolean {
  return step.transitions.some((t) => t.on === 'yes' || t.on === 'no');
}

/**
 * Builds the flow. Node ids are derived from step positions, so the same procedure always gives
 * the same text. An end node is drawn in the lane where the flow arrives: after the step, or with
 * the step's recipient («кімге: алушы») when that lane is on the chart.
 */
export function buildFlow(procedure: ProcedureInfo, lanes: LaneSet, shapes: FlowShapes, startLane: string): Flow {
  const edges: ChartEdge[] = [];
  const stepNodes = new Map<string, string>();
  const entries = new Map<string, string>();
  const ends = new Map<string, string>();
  const refusals = new Set<string>();
  const edge = (from: string, to: string, label: string | null = null) => edges.push({ from, to, kind: 'control', label });

  procedure.steps.forEach((step, i) => {
    stepNodes.set(step.id, `s${i + 1}`);
    entries.set(step.id, step.guards.length > 0 ? `g${i + 1}` : `s${i + 1}`);
  });

  /** Each refusal gets its own end beside it, as the acts draw them; the ends of service are shared per lane. */
  const target = (to: Destination, lane: string, recipients: string[], step: StepInfo, from: string): string => {
    if (to.kind === 'step') return entries.get(to.step)!;
    const endLane = to.kind === 'end' && recipients[0] !== undefined && lanes.has(recipients[0]) ? recipients[0] : lane;
    const key = to.kind === 'end' ? `end:${endLane}` : `refusal:${from}`;
    let id = ends.get(key);
    if (!id) {
      // Never the bare word «end», which closes a subgraph in Mermaid.
      id = to.kind === 'end' ? `fin${lanes.lane(endLane).id.slice(1)}` : `rej_${from}`;
      ends.set(key, id);
      lanes.add(endLane, to.kind === 'end' ? shapes.end(id, step) : shapes.refusal(id));
      if (to.kind === 'refusal') refusals.add(id);
    }
    return id;
  };

  const first = procedure.steps[0];
  if (first) {
    lanes.add(startLane, shapes.start('start'));
    edge('start', entries.get(first.id)!);
  }

  procedure.steps.forEach((step, i) => {
    const n = i + 1;
    const own = `s${n}`;
    const decision = isDecision(step);
    const diamond = decision && shapes.conditionIsDiamond && step.branches.length === 0;

    if (step.guards.length > 0) {
      lanes.add(step.performer, shapes.decision(`g${n}`));
      edge(`g${n}`, own, WORDS.yes);
      const skipped = step.transitions.find((t) => t.on === 'skipped');
      if (skipped) edge(`g${n}`, target(skipped.to, step.performer, [], step, `g${n}`), WORDS.no);
    }
    lanes.add(step.performer, shapes.step(step, own, diamond));

    // One diamond for all of a step's cases: each case's box says which case it is. With a single
    // case the exits read Иә / Жоқ, as in the acts; with several, the boxes name them.
    let cursor = own;
    let fallthrough: string | null = null;
    if (step.branches.length > 0) {
      const ask = `s${n}b`;
      const single = step.branches.length === 1;
      lanes.add(step.performer, shapes.decision(ask));
      edge(own, ask);
      step.branches.forEach((branch, k) => {
        const act = `s${n}a${k + 1}`;
        lanes.add(branch.performer, shapes.branch(branch, act));
        edge(ask, act, single ? WORDS.yes : null);
        const out = step.transitions.find((t) => t.on === 'branch' && t.branch === k);
        if (out) edge(act, target(out.to, branch.performer, branch.recipients, step, act));
      });
      cursor = ask;
      fallthrough = single ? WORDS.no : null;
    }
    if (decision && !diamond) {
      const ask = `s${n}q`;
      lanes.add(step.performer, shapes.condition(step, ask));
      edge(cursor, ask, fallthrough);
      cursor = ask;
      fallthrough = null;
    }
    for (const t of step.transitions) {
      if (t.on === 'branch' || t.on === 'skipped') continue;
      edge(cursor, target(t.to, step.performer, step.recipients, step, cursor), OUTCOME_LABEL[t.on] ?? fallthrough);
    }
  });
  return { edges, stepNodes, entries, refusals };
}
