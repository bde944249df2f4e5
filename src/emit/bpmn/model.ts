// The BPMN drawing model between a process definition and its XML: pools of lanes, flow nodes and flows.

export type NodeKind = 'start' | 'end' | 'task' | 'gateway' | 'timer';

export interface FlowNode {
  id: string;
  kind: NodeKind;
  name: string;
  /** The entity whose lane holds the node. */
  lane: string;
  /** The JSON step id a task performs (branch tasks carry their step's id too). */
  step: string | null;
  documentation: string | null;
  /** Extension attributes (tartip:…), e.g. how a duration is counted. */
  attrs: Record<string, string>;
  /** A boundary timer: the task it sits on and its ISO 8601 duration. */
  timer: { attachedTo: string; iso: string } | null;
  /** The default outgoing flow of a gateway. */
  defaultFlow: string | null;
  /** Where the layout places it: a main column, or beside another node (ends and joins). */
  column: number;
  /** For ends, joins and timers: the node it is placed beside. */
  near: string | null;
}

export interface SequenceFlow {
  id: string;
  source: string;
  target: string;
  name: string | null;
  /** A `${…}` expression bpmn-engine and JUEL-based engines read. */
  condition: string | null;
  /** The case in full, where the name is cut short. */
  documentation?: string;
}

export interface Lane {
  id: string;
  entity: string;
  name: string;
}

export interface Pool {
  participant: string;
  process: string;
  name: string;
  /** The procedure id in the JSON. */
  procedure: string;
  lanes: Lane[];
  nodes: FlowNode[];
  flows: SequenceFlow[];
}

/**
 * An information system drawn as a pool of its own. Its process only receives a request and answers: what
 * the system does inside is not the act's subject, but engines need a process behind every message's pool.
 */
export interface SystemPool {
  participant: string;
  process: string;
  entity: string;
  name: string;
}

export interface MessageFlow {
  id: string;
  /** A task id, or a system pool's participant id. */
  source: string;
  target: string;
}

export interface Collaboration {
  name: string;
  pools: Pool[];
  systems: SystemPool[];
  messages: MessageFlow[];
}
