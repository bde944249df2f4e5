// Writes the BPMN 2.0 XML with bpmn-moddle: semantic elements, then diagram interchange for every one of them.
import { BpmnModdle } from 'bpmn-moddle';
import type { Layout } from './layout.js';
import { BPMN_WORDS } from './labels.js';
import type { Collaboration, FlowNode, Pool } from './model.js';

/** The namespace of Tártip's extension attributes (how a duration is counted, which step and entity). */
const TARTIP_NS = 'urn:tartip:bpmn:1';

type El = Record<string, unknown> & { id?: string; $attrs: Record<string, string>; get(name: string): unknown };

const TYPE: Record<FlowNode['kind'], string> = {
  start: 'bpmn:StartEvent', end: 'bpmn:EndEvent', task: 'bpmn:UserTask', gateway: 'bpmn:ExclusiveGateway', timer: 'bpmn:BoundaryEvent',
};

export async function writeXml(c: Collaboration, layout: Layout): Promise<string> {
  const moddle = new BpmnModdle();
  const create = (type: string, props: Record<string, unknown> = {}): El => moddle.create(type, props) as unknown as El;
  const docs = (text: string | null) => (text ? [create('bpmn:Documentation', { text })] : []);
  const elements = new Map<string, El>();
  const rootElements: El[] = [];
  const participants: El[] = [];

  const processOf = (pool: Pool): El => {
    const process = create('bpmn:Process', { id: pool.process, isExecutable: true, name: pool.name });
    const flowElements: El[] = [];
    for (const n of pool.nodes) {
      const el = create(TYPE[n.kind], { id: n.id, documentation: docs(n.documentation) });
      if (n.name) el.name = n.name;
      for (const [k, v] of Object.entries(n.attrs)) el.$attrs[k] = v;
      if (n.step) el.$attrs['tartip:step'] = n.step;
      if (n.kind === 'timer') {
        el.cancelActivity = false;
        el.eventDefinitions = [create('bpmn:TimerEventDefinition', { timeDuration: create('bpmn:FormalExpression', { body: n.timer!.iso }) })];
      }
      elements.set(n.id, el);
      flowElements.push(el);
    }
    for (const n of pool.nodes.filter((x) => x.timer)) elements.get(n.id)!.attachedToRef = elements.get(n.timer!.attachedTo);
    for (const f of pool.flows) {
      const source = elements.get(f.source)!;
      const target = elements.get(f.target)!;
      const flow = create('bpmn:SequenceFlow', { id: f.id, sourceRef: source, targetRef: target, documentation: docs(f.documentation ?? null) });
      if (f.name) flow.name = f.name;
      if (f.condition) flow.conditionExpression = create('bpmn:FormalExpression', { body: f.condition });
      (source.outgoing as El[] | undefined) ? (source.outgoing as El[]).push(flow) : (source.outgoing = [flow]);
      (target.incoming as El[] | undefined) ? (target.incoming as El[]).push(flow) : (target.incoming = [flow]);
      elements.set(f.id, flow);
      flowElements.push(flow);
    }
    for (const n of pool.nodes.filter((x) => x.defaultFlow)) elements.get(n.id)!.default = elements.get(n.defaultFlow!);
    const lanes = pool.lanes.map((lane) => {
      const el = create('bpmn:Lane', { id: lane.id, name: lane.name, flowNodeRef: pool.nodes.filter((n) => n.lane === lane.entity).map((n) => elements.get(n.id)) });
      el.$attrs['tartip:entity'] = lane.entity;
      elements.set(lane.id, el);
      return el;
    });
    process.laneSets = [create('bpmn:LaneSet', { id: `${pool.process}_Lanes`, lanes })];
    process.flowElements = flowElements;
    process.$attrs['tartip:procedure'] = pool.procedure;
    return process;
  };

  for (const pool of c.pools) {
    const process = processOf(pool);
    rootElements.push(process);
    const participant = create('bpmn:Participant', { id: pool.participant, name: pool.name, processRef: process });
    elements.set(pool.participant, participant);
    participants.push(participant);
  }
  for (const s of c.systems) {
    const start = create('bpmn:StartEvent', { id: `${s.process}_Start`, name: BPMN_WORDS.request });
    const end = create('bpmn:EndEvent', { id: `${s.process}_End`, name: BPMN_WORDS.response });
    const flow = create('bpmn:SequenceFlow', { id: `${s.process}_Flow`, sourceRef: start, targetRef: end });
    start.outgoing = [flow];
    end.incoming = [flow];
    for (const el of [start, end, flow]) elements.set(el.id as string, el);
    const process = create('bpmn:Process', { id: s.process, isExecutable: false, name: s.name, flowElements: [start, end, flow] });
    rootElements.push(process);
    const participant = create('bpmn:Participant', { id: s.participant, name: s.name, processRef: process });
    participant.$attrs['tartip:entity'] = s.entity;
    elements.set(s.participant, participant);
    participants.push(participant);
  }
  const messageFlows = c.messages.map((m) => {
    const el = create('bpmn:MessageFlow', { id: m.id, sourceRef: elements.get(m.source), targetRef: elements.get(m.target) });
    elements.set(m.id, el);
    return el;
  });
  const collaboration = create('bpmn:Collaboration', { id: 'Collaboration_1', participants, messageFlows });
  rootElements.unshift(collaboration);

  const planeElement: El[] = [];
  for (const [id, b] of layout.shapes) {
    const el = elements.get(id)!;
    const shape = create('bpmndi:BPMNShape', { id: `${id}_di`, bpmnElement: el, bounds: create('dc:Bounds', { ...b }) });
    const label = layout.labels.get(id);
    if (label) shape.label = create('bpmndi:BPMNLabel', { bounds: create('dc:Bounds', { ...label }) });
    if (id.startsWith('Participant_') || id.startsWith('System_') || el.$type === 'bpmn:Lane') shape.isHorizontal = true;
    planeElement.push(shape);
  }
  for (const [id, points] of layout.edges) {
    const edge = create('bpmndi:BPMNEdge', { id: `${id}_di`, bpmnElement: elements.get(id), waypoint: points.map((p) => create('dc:Point', { ...p })) });
    const label = layout.labels.get(id);
    if (label) edge.label = create('bpmndi:BPMNLabel', { bounds: create('dc:Bounds', { ...label }) });
    planeElement.push(edge);
  }
  const plane = create('bpmndi:BPMNPlane', { id: 'Plane_1', bpmnElement: collaboration, planeElement });
  const definitions = create('bpmn:Definitions', {
    id: 'Definitions_1', targetNamespace: TARTIP_NS, exporter: 'tartip', exporterVersion: '1',
    rootElements, diagrams: [create('bpmndi:BPMNDiagram', { id: 'Diagram_1', name: c.name, plane })],
  });
  definitions.$attrs['xmlns:tartip'] = TARTIP_NS;
  const { xml } = await moddle.toXML(definitions as never, { format: true });
  return `${xml}\n`;
}
