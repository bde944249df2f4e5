// The functional interaction diagram of information systems: processes, conditions, messages.
import type { EntityInfo, ProcedureInfo, StepInfo } from '../json/model.js';
import type { Chart, ChartEdge, LabelLine } from './chart-model.js';
import { boxLines, guardLines, insideDuration, plain, questionLines, stepText, systemHeading, WORDS, type BoxStyle } from './labels.js';
import { actOrder, LaneSet, performers, stepLane } from './lanes.js';
import { buildFlow, type FlowShapes } from './procedure-flow.js';

const APPLICANT = 'алушы';

/** Systems are laid out as a message travels: portal, gateways, workstations, then databases. */
const SYSTEM_ORDER = ['portal', 'gateway', 'workstation', 'database', 'register', 'information-system'];

function endsWithDocument(step: StepInfo): boolean {
  return step.documents.length > 0;
}

/**
 * The seed act's symbol set: processes as rounded boxes, conditions as diamonds labelled
 * «N-шарт», a start message, a simple end (or an end message when the result is delivered), and
 * an error end for each refusal.
 */
const shapes = (style: BoxStyle): FlowShapes => ({
  conditionIsDiamond: true,
  step: (step, id, diamond) =>
    diamond
      ? { id, shape: 'decision', lines: [{ text: systemHeading(step) ?? '?', style: 'bold' }] }
      : { id, shape: 'process', lines: processLines(step, style) },
  condition: (step, id) => ({ id, shape: 'decision', lines: step.systemLabel ? plain(step.systemLabel.label) : [] }),
  decision: (id, step) => ({ id, shape: 'decision', lines: questionLines(step) ?? [] }),
  branch: (branch, id) => ({ id, shape: 'process', lines: boxLines(null, stepText(branch), [], insideDuration(branch, style)) }),
  start: (id) => ({ id, shape: 'message-start', lines: plain(WORDS.message) }),
  end: (id, step) => (endsWithDocument(step) ? { id, shape: 'message-end', lines: plain(WORDS.message) } : { id, shape: 'simple-end', lines: [] }),
  refusal: (id) => ({ id, shape: 'error-end', lines: [] }),
});

/**
 * A process box prints its «N-процесс» label only where the act's diagram does («қорапта: белгісі»;
 * the texts stand in the body), else the label, the text and the duration.
 */
function processLines(step: StepInfo, style: BoxStyle): LabelLine[] {
  const heading = systemHeading(step);
  if (style.boxes === 'label' && step.systemLabel) return [{ text: step.systemLabel.label, style: 'bold' }];
  return boxLines(heading, stepText(step), guardLines(step.guards), insideDuration(step, style));
}

/** Everyone a message passes through, in order of first appearance. */
function flowParticipants(procedure: ProcedureInfo): string[] {
  return [...new Set(procedure.steps.flatMap((s) => s.flows.flat()))];
}

/**
 * The lane order: the chart's `жолдар` when given; otherwise the applicant, the people who act
 * (in the act's order), then the systems in the order a request travels through them.
 */
export function isLanes(procedure: ProcedureInfo, lanes: string[], entities: Map<string, EntityInfo>): string[] {
  if (lanes.length > 0) return lanes;
  const involved = [...new Set([...performers(procedure), ...flowParticipants(procedure)])].filter((id) => id !== APPLICANT);
  const people = actOrder(involved.filter((id) => entities.get(id)?.kind !== 'system'), entities);
  const systems = involved.filter((id) => entities.get(id)?.kind === 'system');
  const rank = (id: string) => {
    const r = SYSTEM_ORDER.indexOf(entities.get(id)?.subkind ?? '');
    return r < 0 ? SYSTEM_ORDER.length : r;
  };
  const sortedSystems = [...systems].sort((a, b) => rank(a) - rank(b) || systems.indexOf(a) - systems.indexOf(b));
  return [APPLICANT, ...people, ...sortedSystems];
}

/**
 * Draws each `ағын` as message flow: a message node in every lane it passes, then on to the next
 * step when that step is the message's receiver (the message then is the hand-over, so the
 * control arrow it replaces is dropped), else to a message node in the receiver's lane.
 */
function addMessages(procedure: ProcedureInfo, set: LaneSet, edges: ChartEdge[], stepNodes: Map<string, string>, entries: Map<string, string>): ChartEdge[] {
  let result = edges;
  procedure.steps.forEach((step, i) => {
    const own = stepNodes.get(step.id)!;
    // Alternative routes of one step («ЭҮШ or ЭҮАШ») share the message node of a system they both reach.
    const reached = new Map<string, string>();
    step.flows.forEach((path, f) => {
      const hops = path[0] === step.performer ? path.slice(1) : path;
      if (hops.length === 0) return;
      const done = step.transitions.find((t) => t.on === 'done');
      const next = done?.to.kind === 'step' ? procedure.steps.find((s) => s.id === (done.to as { step: string }).step) : undefined;
      const receiver = hops[hops.length - 1]!;
      const handsOver = next !== undefined && next.performer === receiver && f === 0;
      const via = handsOver ? hops.slice(0, -1) : hops;
      let from = own;
      for (const system of via) {
        let id = reached.get(system);
        if (id === undefined) {
          id = `s${i + 1}m${reached.size + 1}`;
          reached.set(system, id);
          set.add(system, { id, shape: 'message', lines: plain(WORDS.message) });
        }
        if (!result.some((e) => e.from === from && e.to === id)) result.push({ from, to: id, kind: 'message', label: null });
        from = id;
      }
      if (handsOver) {
        const to = entries.get(next.id)!;
        result = result.filter((e) => !(e.from === own && e.to === to && e.kind === 'control'));
        result.push({ from, to, kind: 'message', label: null });
      }
    });
    step.documents.forEach((text, d) => {
      const id = `s${i + 1}d${d + 1}`;
      set.add(stepLane(step), { id, shape: 'document', lines: plain(text) });
      result.push({ from: own, to: id, kind: 'attachment', label: null });
    });
  });
  return result;
}

export function isChart(procedure: ProcedureInfo, lanes: string[], title: string, entities: Map<string, EntityInfo>, style: BoxStyle): Chart {
  const set = new LaneSet(isLanes(procedure, lanes, entities), entities);
  const first = procedure.steps[0];
  const flow = buildFlow(procedure, set, shapes(style), first?.performer ?? APPLICANT, style);
  // The error symbol has no room for text, so the arrow into it says «Бас тарту», as the act prints.
  const edges = addMessages(procedure, set, flow.edges, flow.stepNodes, flow.entries).map((e) =>
    flow.refusals.has(e.to) && e.label === null ? { ...e, label: WORDS.refusal } : e,
  );
  const chart = { title, lanes: set.lanes(), edges };
  return style.boxes === 'label' ? leaveOut(chart, procedure.steps.flatMap((s) => (s.systemLabel ? [] : [flow.stepNodes.get(s.id)!]))) : chart;
}

/**
 * A diagram that prints labels only draws no box for a step without one (the print has none): its
 * node goes, and each arrow into it is joined to each arrow out of it.
 */
function leaveOut(chart: Chart, ids: string[]): Chart {
  let edges = chart.edges;
  for (const id of ids) {
    const into = edges.filter((e) => e.to === id);
    const out = edges.filter((e) => e.from === id);
    const joined = into.flatMap((a) => out.map((b) => ({ ...b, from: a.from, label: a.label ?? b.label })));
    edges = [...edges.filter((e) => e.to !== id && e.from !== id), ...joined];
  }
  const gone = new Set(ids);
  return { ...chart, lanes: chart.lanes.map((l) => ({ ...l, nodes: l.nodes.filter((n) => !gone.has(n.id)) })), edges };
}
