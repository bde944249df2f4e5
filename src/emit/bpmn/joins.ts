// Merges flows that meet: a node reached from several places is entered through one joining gateway.
import type { FlowNode, SequenceFlow } from './model.js';

/**
 * BPMN reads several flows into a task as "start it again for each" (a fake join, bpmnlint), and a gateway
 * that both joins and forks is ambiguous: both get a joining exclusive gateway in front of them.
 */
export function insertJoins(nodes: FlowNode[], flows: SequenceFlow[], prefix: string): { nodes: FlowNode[]; flows: SequenceFlow[] } {
  const outNodes = [...nodes];
  const outFlows = [...flows];
  let joins = 0;
  let extra = 0;
  for (const node of nodes) {
    const incoming = outFlows.filter((f) => f.target === node.id);
    const forks = outFlows.filter((f) => f.source === node.id).length > 1;
    if (incoming.length < 2 || (node.kind === 'gateway' && !forks)) continue;
    const join: FlowNode = {
      id: `${prefix}_J${++joins}`, kind: 'gateway', name: '', lane: node.lane, step: null, documentation: null, attrs: {},
      timer: null, defaultFlow: null, column: -1, near: node.id,
    };
    for (const f of incoming) f.target = join.id;
    outNodes.splice(outNodes.indexOf(node), 0, join);
    outFlows.push({ id: `${prefix}_FJ${++extra}`, source: join.id, target: node.id, name: null, condition: null });
  }
  return { nodes: outNodes, flows: outFlows };
}
