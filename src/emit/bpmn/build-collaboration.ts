// Builds the BPMN model of an act from its JSON definition: a pool per procedure, IS pools, message flows.
import type { EntityInfo, ProcessDefinition, ProcedureInfo, StepInfo, Destination } from '../json/model.js';
import { handbookLanes } from '../mermaid/handbook.js';
import { laneTitle, stepNumber } from '../mermaid/labels.js';
import { branchLane, performers, stepLane } from '../mermaid/lanes.js';
import { choiceKey, conditionOf } from './choices.js';
import { insertJoins } from './joins.js';
import {
  BPMN_WORDS, durationAttrs, durationText, joinLines, refusalName, shorten, taskName, timerAmount,
} from './labels.js';
import type { Collaboration, FlowNode, MessageFlow, Pool, SequenceFlow, SystemPool } from './model.js';

const APPLICANT = 'алушы';
const FLOW_NAME = 30;

function chartLanes(def: ProcessDefinition, procedure: string): string[] {
  for (const appendix of def.appendices) {
    const chart = appendix.charts.find((c) => c.procedure === procedure && c.lanes.length > 0);
    if (chart) return chart.lanes;
  }
  return [];
}

/** The words a gateway's «иә» / «жоқ» flows are named by: as the act's chart of the procedure prints them («жауаптар»). */
function exitWords(def: ProcessDefinition, procedure: string): { yes: string; no: string } {
  for (const appendix of def.appendices) {
    const chart = appendix.charts.find((c) => c.procedure === procedure && c.answers);
    if (chart?.answers) return chart.answers;
  }
  return { yes: BPMN_WORDS.yes, no: BPMN_WORDS.no };
}

/** The pool's lanes: the act's order for the procedure (as its handbook chart), then anyone it left out. */
function laneOrder(def: ProcessDefinition, p: ProcedureInfo, entities: Map<string, EntityInfo>): string[] {
  const order = handbookLanes(p, chartLanes(def, p.id), entities);
  const lanes = [...new Set(order)];
  for (const performer of performers(p)) if (!lanes.includes(performer)) lanes.push(performer);
  // The applicant's lane is kept only when someone acts in it or the act lists it.
  return lanes.filter((l) => l !== APPLICANT || order.includes(APPLICANT) || performers(p).includes(APPLICANT));
}

class PoolBuilder {
  readonly nodes: FlowNode[] = [];
  readonly flows: SequenceFlow[] = [];
  private column = 0;
  private ends = 0;

  constructor(readonly process: string, private readonly prefix: string) {}

  node(kind: FlowNode['kind'], id: string, name: string, lane: string, extra: Partial<FlowNode> = {}): FlowNode {
    const placed = extra.near !== undefined && extra.near !== null;
    const n: FlowNode = {
      id, kind, name, lane, step: null, documentation: null, attrs: {}, timer: null, defaultFlow: null,
      column: placed ? -1 : this.column++, near: null, ...extra,
    };
    this.nodes.push(n);
    return n;
  }

  /** Several nodes side by side in one column (a step's cases). */
  sharedColumn(): number {
    return this.column++;
  }

  flow(source: string, target: string, name: string | null = null, condition: string | null = null): SequenceFlow {
    const f: SequenceFlow = { id: `${this.prefix}_F${this.flows.length + 1}`, source, target, name, condition };
    this.flows.push(f);
    return f;
  }

  end(name: string, lane: string, near: string): FlowNode {
    return this.node('end', `${this.prefix}_E${++this.ends}`, name, lane, { near });
  }
}

function buildPool(def: ProcessDefinition, p: ProcedureInfo, index: number, entities: Map<string, EntityInfo>): Pool {
  const prefix = `P${index + 1}`;
  const process = `Process_${index + 1}`;
  const b = new PoolBuilder(process, prefix);
  const lanes = laneOrder(def, p, entities);
  const answers = exitWords(def, p.id);
  const refusal = refusalName(def.documents);
  const stepNo = (s: StepInfo) => s.position;
  const guarded = (s: StepInfo) => s.guards.length > 0 && s.transitions.some((t) => t.on === 'skipped');
  const entry = (stepId: string): string => {
    const s = p.steps.find((x) => x.id === stepId)!;
    return guarded(s) ? `${prefix}_S${stepNo(s)}_G` : `${prefix}_S${stepNo(s)}`;
  };
  /** Each end of service and each refusal gets its own end event beside the flow that reaches it. */
  const target = (to: Destination, lane: string, recipients: string[], from: string): string => {
    if (to.kind === 'step') return entry(to.step);
    const endLane = to.kind === 'end' && recipients[0] !== undefined && lanes.includes(recipients[0]) ? recipients[0] : lane;
    return b.end(to.kind === 'end' ? BPMN_WORDS.end : refusal, endLane, from).id;
  };
  const timed = (task: FlowNode, duration: StepInfo['duration']) => {
    task.attrs = durationAttrs(duration);
    const amount = timerAmount(duration);
    if (!amount) return;
    const timer = b.node('timer', `${task.id}_T`, amount.written, task.lane, {
      timer: { attachedTo: task.id, iso: amount.iso! }, near: task.id, attrs: durationAttrs(amount),
    });
    const over = b.node('end', `${task.id}_TE`, BPMN_WORDS.termExceeded, task.lane, { near: timer.id });
    b.flow(timer.id, over.id);
  };

  const first = p.steps[0];
  if (first) {
    const startLane = lanes.includes(APPLICANT) ? APPLICANT : stepLane(first);
    b.node('start', `${prefix}_Start`, BPMN_WORDS.start, startLane);
    b.flow(`${prefix}_Start`, entry(first.id));
  }
  for (const step of p.steps) {
    const n = stepNo(step);
    const id = `${prefix}_S${n}`;
    if (guarded(step)) {
      const guard = step.guards[0]!;
      const g = b.node('gateway', `${id}_G`, `${shorten(guard.condition, 60)}?`, stepLane(step), { step: step.id });
      g.defaultFlow = b.flow(g.id, id, answers.yes).id;
      const skipped = step.transitions.find((t) => t.on === 'skipped')!;
      b.flow(g.id, target(skipped.to, stepLane(step), [], g.id), answers.no, conditionOf(process, choiceKey(n, 'skip'))).documentation = guard.condition;
    }
    const task = b.node('task', id, taskName(step), stepLane(step), {
      step: step.id,
      documentation: joinLines(step.action, durationText(step.duration), ...step.guards.map((g) => `Егер / if: ${g.condition}`), ...step.notes),
    });
    timed(task, step.duration);
    let cursor = id;
    if (step.branches.length > 0) {
      const gw = b.node('gateway', `${id}_B`, `${stepNumber(step) ?? ''}. ${BPMN_WORDS.whichCase}`.replace(/^\. /, ''), stepLane(step), { step: step.id });
      b.flow(cursor, gw.id);
      const column = b.sharedColumn();
      step.branches.forEach((branch, k) => {
        const act = b.node('task', `${id}_A${k + 1}`, shorten(`${stepNumber(step) ?? ''} ${branch.short ?? branch.action}`.trim()), branchLane(branch, step), {
          step: step.id, column, documentation: joinLines(`Егер / if: ${branch.condition}`, branch.action, durationText(branch.duration)),
        });
        timed(act, branch.duration);
        act.attrs['tartip:case'] = String(k + 1);
        // bpmn-js wraps a flow's name at 90 px: two short lines stay clear of the flows beside it.
        b.flow(gw.id, act.id, shorten(branch.condition, FLOW_NAME), conditionOf(process, choiceKey(n, { case: k }))).documentation = branch.condition;
        const out = step.transitions.find((t) => t.on === 'branch' && t.branch === k);
        if (out) b.flow(act.id, target(out.to, branchLane(branch, step), branch.recipients, act.id));
      });
      cursor = gw.id;
    }
    const yes = step.transitions.find((t) => t.on === 'yes');
    const no = step.transitions.find((t) => t.on === 'no');
    if (yes && no) {
      const q = b.node('gateway', `${id}_Q`, step.systemLabel?.label ?? `${shorten(step.short ?? step.action, 50)}?`, stepLane(step), { step: step.id });
      b.flow(cursor, q.id);
      cursor = q.id;
      q.defaultFlow = b.flow(q.id, target(yes.to, stepLane(step), step.recipients, q.id), answers.yes).id;
      b.flow(q.id, target(no.to, stepLane(step), step.recipients, q.id), answers.no, conditionOf(process, choiceKey(n, 'no')));
    }
    for (const t of step.transitions.filter((x) => x.on === 'done')) {
      const f = b.flow(cursor, target(t.to, stepLane(step), step.recipients, cursor));
      if (cursor !== id) b.nodes.find((x) => x.id === cursor)!.defaultFlow = f.id;
    }
  }
  const joined = insertJoins(b.nodes, b.flows, prefix);
  const channel = entities.get(p.channel);
  const channelName = channel ? laneTitle(channel, p.channel) : p.channel;
  return {
    participant: `Participant_${index + 1}`,
    process,
    procedure: p.id,
    name: shorten(p.heading ?? (p.condition ? `${channelName}: ${p.condition}` : channelName), 120),
    lanes: lanes.map((entity, i) => ({ id: `${prefix}_L${i + 1}`, entity, name: laneTitle(entities.get(entity), entity) })),
    nodes: joined.nodes,
    flows: joined.flows,
  };
}

/** Message flows for a step's `ағын` routes and `жүйе` uses: task → system pool → system pool. */
function messages(def: ProcessDefinition, pools: Pool[], entities: Map<string, EntityInfo>): { systems: SystemPool[]; messages: MessageFlow[] } {
  const systems = new Map<string, SystemPool>();
  const out: MessageFlow[] = [];
  const seen = new Set<string>();
  const poolOf = (entity: string): string => {
    let s = systems.get(entity);
    if (!s) {
      s = { participant: `System_${systems.size + 1}`, process: `SystemProcess_${systems.size + 1}`, entity, name: laneTitle(entities.get(entity), entity) };
      systems.set(entity, s);
    }
    return s.participant;
  };
  const send = (source: string, target: string) => {
    const key = `${source}>${target}`;
    if (source === target || seen.has(key)) return;
    seen.add(key);
    out.push({ id: `Message_${out.length + 1}`, source, target });
  };
  def.procedures.forEach((p, i) => {
    const pool = pools[i]!;
    const inPool = new Set(pool.lanes.map((l) => l.entity));
    for (const step of p.steps) {
      const task = `P${i + 1}_S${step.position}`;
      const routes = [...step.flows, ...step.systems.map((s) => [s])];
      for (const route of routes) {
        let from = task;
        for (const entity of route) {
          if (inPool.has(entity)) continue;
          const to = poolOf(entity);
          send(from, to);
          from = to;
        }
      }
    }
  });
  return { systems: [...systems.values()], messages: out };
}

export function buildCollaboration(def: ProcessDefinition): Collaboration {
  const entities = new Map(def.entities.map((e) => [e.id, e]));
  const pools = def.procedures.map((p, i) => buildPool(def, p, i, entities));
  return { name: def.title ?? def.source, pools, ...messages(def, pools, entities) };
}
