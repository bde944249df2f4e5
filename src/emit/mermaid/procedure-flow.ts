// Draws a procedure's control flow into lanes: steps, guards, branches, conditions, start and ends.
import type { BranchInfo, Destination, ProcedureInfo, StepInfo, TransitionInfo } from '../json/model.js';
import type { ChartEdge, ChartNode } from './chart-model.js';
import { besideDuration, DEFAULT_BOX_STYLE, type BoxStyle } from './labels.js';
import { branchLane, stepLane, type LaneSet } from './lanes.js';

/** How one kind of chart draws the elements of a procedure. */
export interface FlowShapes {
  /** The step's own node; `diamond` says it is also the condition its «иә» / «жоқ» leave from. */
  step(step: StepInfo, id: string, diamond: boolean): ChartNode;
  /** Whether a condition step is drawn as the diamond itself (IS diagram) or a box then a diamond. */
  conditionIsDiamond: boolean;
  /** The diamond after a condition step drawn as a box. */
  condition(step: StepInfo, id: string): ChartNode;
  /** The diamond before a step's branches: it carries the step's «сұрақ» when the act prints one. */
  decision(id: string, step: StepInfo): ChartNode;
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

/**
 * The exit labels of a step's branches, in the chart's words (`answers`): as the source says («иә →»,
 * «жоқ →»), else «иә» for a lone branch.
 */
function exitLabels(step: StepInfo, answers: BoxStyle['answers']): { branches: (string | null)[]; fallthrough: string | null } {
  const said = step.branches.map((b) => (b.exit === 'yes' ? answers.yes : b.exit === 'no' ? answers.no : null));
  if (step.branches.length === 1) {
    const label = said[0] ?? answers.yes;
    return { branches: [label], fallthrough: label === answers.yes ? answers.no : answers.yes };
  }
  const used = new Set(said.filter((l) => l !== null));
  // With several branches, the way on is labelled only when the branches leave it one label free.
  const fallthrough = used.size === 1 ? (used.has(answers.yes) ? answers.no : answers.yes) : null;
  return { branches: said, fallthrough };
}

function outcomeLabel(on: TransitionInfo['on'], answers: BoxStyle['answers']): string | undefined {
  return on === 'yes' ? answers.yes : on === 'no' ? answers.no : undefined;
}

function isDecision(step: StepInfo): boolean {
  return step.transitions.some((t) => t.on === 'yes' || t.on === 'no');
}

/**
 * Builds the flow. Node ids are derived from step positions, so the same procedure always gives
 * the same text. An end node is drawn in the lane where the flow arrives: after the step, or with
 * the step's recipient («кімге: алушы») when that lane is on the chart.
 */
export function buildFlow(procedure: ProcedureInfo, lanes: LaneSet, shapes: FlowShapes, startLane: string, style: BoxStyle = DEFAULT_BOX_STYLE): Flow {
  const edges: ChartEdge[] = [];
  const stepNodes = new Map<string, string>();
  const entries = new Map<string, string>();
  const ends = new Map<string, string>();
  const refusals = new Set<string>();
  const edge = (from: string, to: string, label: string | null = null) => edges.push({ from, to, kind: 'control', label });

  procedure.steps.forEach((step, i) => {
    stepNodes.set(step.id, `s${i + 1}`);
    entries.set(step.id, `s${i + 1}`);
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

    // A «тек» case draws no diamond: the printed charts write it in the box (or the action says it).
    lanes.add(stepLane(step), shapes.step(step, own, diamond));

    // One diamond for all of a step's cases: each case's box says which case it is. With a single
    // case the exits read Иә / Жоқ, as in the acts; with several, the boxes name them.
    let cursor = own;
    let fallthrough: string | null = null;
    if (step.branches.length > 0) {
      const ask = `s${n}b`;
      const labels = exitLabels(step, style.answers);
      lanes.add(stepLane(step), shapes.decision(ask, step));
      edge(own, ask);
      step.branches.forEach((branch, k) => {
        const act = `s${n}a${k + 1}`;
        const lane = branchLane(branch, step);
        lanes.add(lane, shapes.branch(branch, act));
        edge(ask, act, labels.branches[k] ?? null);
        const out = step.transitions.find((t) => t.on === 'branch' && t.branch === k);
        if (out) edge(act, target(out.to, lane, branch.recipients, step, act));
      });
      cursor = ask;
      fallthrough = labels.fallthrough;
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
      edge(cursor, target(t.to, stepLane(step), step.recipients, step, cursor), outcomeLabel(t.on, style.answers) ?? fallthrough);
    }
  });
  labelDurationsBeside(procedure, edges, style);
  return { edges, stepNodes, entries, refusals };
}

/**
 * Where a chart prints durations beside the boxes (the 2018 handbooks), each duration is the label of
 * the arrow leaving its box, so it stands next to the box it belongs to without growing it.
 */
function labelDurationsBeside(procedure: ProcedureInfo, edges: ChartEdge[], style: BoxStyle): void {
  const put = (node: string, label: string | null) => {
    if (label === null) return;
    const out = edges.find((e) => e.from === node);
    if (out) out.label = out.label === null ? label : `${out.label}: ${label}`;
  };
  procedure.steps.forEach((step, i) => {
    put(`s${i + 1}`, besideDuration(step, style));
    step.branches.forEach((branch, k) => put(`s${i + 1}a${k + 1}`, besideDuration(branch, style)));
  });
}
