// The drawing model between a procedure and its Mermaid text: lanes of shaped nodes, and edges.

/** Node shapes, named by what they mean in the acts' symbol sets, not by Mermaid syntax. */
export type NodeShape =
  | 'action' // a procedure (action) box: rectangle
  | 'process' // an information-system process: rounded rectangle
  | 'decision' // a condition: diamond
  | 'terminal' // the start or end of the service: circle
  | 'message-start' // a start message: circle with an envelope
  | 'message-end' // an end message: double circle with an envelope
  | 'simple-end' // a simple end event: framed circle
  | 'error-end' // an error (refusal) end: crossed circle
  | 'message' // a message passing a gateway or reaching a system: small rounded box
  | 'document' // the electronic document delivered: document shape
  | 'system'; // an information system in a legend: a box with a title band, like a lane

/** One line of a label: plain text of the act (never escaped yet) and how it is set. */
export interface LabelLine {
  text: string;
  /** bold: a step's number or system label; italic: a condition or a duration. */
  style: 'plain' | 'bold' | 'italic';
}

export interface ChartNode {
  id: string;
  shape: NodeShape;
  lines: LabelLine[];
}

export interface ChartLane {
  id: string;
  title: string;
  nodes: ChartNode[];
}

export type EdgeKind = 'control' | 'message' | 'attachment';

export interface ChartEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  label: string | null;
}

export interface Chart {
  /** Accessible title of the diagram: the chart's caption. */
  title: string;
  lanes: ChartLane[];
  edges: ChartEdge[];
}
