// Serialises a chart model to Mermaid text; every text of the act goes through escapeLabel here.
import type { Chart, ChartEdge, ChartLane, ChartNode, NodeShape } from './chart-model.js';
import { fitBoxes } from './box-text.js';
import { bold, escapeLabel, italic, joinLines } from './escape.js';
import { CLASS_DEFS, NBSP_WIDTH, frontMatter, titleLines, twoLineTitleWidth, type SwimlaneLayout } from './style.js';

/** The label of a node: each line escaped, then set bold or italic with markup of our own. */
export function nodeLabel(node: ChartNode): string {
  const lines = node.lines.map((line) => {
    const text = escapeLabel(line.text);
    return line.style === 'bold' ? bold(text) : line.style === 'italic' ? italic(text) : text;
  });
  if (lines.length > 0) return joinLines(lines);
  return node.shape === 'terminal' || node.shape === 'simple-end' ? EMPTY_CIRCLE : ' ';
}

/** Non-breaking spaces give an unlabelled circle the size of a labelled event, not a dot. */
const EMPTY_CIRCLE = '#160;#160;#160;#160;';

export const CLASS_OF: Record<NodeShape, string> = {
  action: 'box',
  process: 'box',
  decision: 'ask',
  terminal: 'event',
  'message-start': 'event',
  'message-end': 'event',
  'simple-end': 'endEvent',
  'error-end': 'endEvent',
  message: 'message',
  document: 'box',
  system: 'box',
};

export function nodeStatement(node: ChartNode): string {
  const label = nodeLabel(node);
  switch (node.shape) {
    case 'action': return `${node.id}["${label}"]`;
    case 'process': return `${node.id}("${label}")`;
    case 'decision': return `${node.id}{"${label}"}`;
    case 'terminal':
    case 'message-start':
    case 'simple-end': return `${node.id}(("${label}"))`;
    case 'message-end': return `${node.id}@{ shape: dbl-circ, label: "${label}" }`;
    case 'error-end': return `${node.id}@{ shape: cross-circ }`;
    case 'message': return `${node.id}("${label}")`;
    case 'document': return `${node.id}@{ shape: doc, label: "${label}" }`;
    case 'system': return `${node.id}@{ shape: div-rect, label: "${label}" }`;
  }
}

export function edgeStatement(edge: ChartEdge): string {
  const arrow = edge.kind === 'control' ? '-->' : edge.kind === 'message' ? '-.->' : '-.-';
  const label = edge.label === null ? '' : `|"${escapeLabel(edge.label)}"|`;
  return `${edge.from} ${arrow}${label} ${edge.to}`;
}

/** Appends `classDef` lines and one `class` line per class actually used, in a fixed order. */
export function classLines(nodes: { id: string; className: string }[]): string[] {
  const lines: string[] = [];
  for (const [name, style] of Object.entries(CLASS_DEFS)) {
    const ids = nodes.filter((n) => n.className === name).map((n) => n.id);
    if (ids.length === 0) continue;
    lines.push(`  classDef ${name} ${style}`, `  class ${ids.join(',')} ${name}`);
  }
  return lines;
}

/** Comment lines naming what the file is, for a person reading the `.mmd`; Mermaid ignores them. */
export function headerComments(comments: string[]): string[] {
  return comments.map((c) => `%% ${escapeLabel(c)}`);
}

/** Shapes narrower than a lane title usually is. */
const SMALL: ReadonlySet<NodeShape> = new Set(['decision', 'terminal', 'message-start', 'message-end', 'simple-end', 'error-end', 'message']);

/** Roughly the width of a lane that holds only small symbols. */
const SMALL_LANE_WIDTH = 84;

/**
 * Mermaid sizes a lane by its boxes and gives its title a band of fixed height, so a lane holding
 * only small symbols (a gateway's messages) would squeeze a long title into lines that overflow
 * the band; an empty lane would vanish. Such a lane gets an invisible node as wide as its title
 * needs. Lanes with boxes never need one, so the start keeps the top row.
 */
function needsSpacer(lane: ChartLane): boolean {
  return lane.nodes.every((n) => SMALL.has(n.shape)) && (lane.nodes.length === 0 || twoLineTitleWidth(lane.title) + 16 > SMALL_LANE_WIDTH);
}

/** The invisible node's label: non-breaking spaces as wide as the title needs for two lines. */
function laneSpacer(title: string): string {
  const lanePadding = 40 + 30; // the lane's padding and the node's own
  const count = Math.max(1, Math.ceil((twoLineTitleWidth(title) + 16 - lanePadding) / NBSP_WIDTH));
  return '#160;'.repeat(count);
}

/**
 * A lane title always takes two lines (a one-word title an empty second line), so every lane header
 * has the same height, as the printed charts' header row does.
 */
export function laneLabel(title: string): string {
  const [first, second] = titleLines(title);
  return joinLines([escapeLabel(first), second === '' ? '#160;' : escapeLabel(second)]);
}

/** The whole swimlane diagram: front matter, lanes top to bottom in the act's order, then edges. */
export function writeSwimlane(drawn: Chart, comments: string[], layout: SwimlaneLayout = 'rows'): string {
  const { chart, wrappingWidth } = fitBoxes(drawn);
  const lines = [frontMatter('swimlane', wrappingWidth, layout), ...headerComments(comments), 'swimlane-beta TB', `  accTitle: ${escapeLabel(chart.title)}`];
  const classed: { id: string; className: string }[] = [];
  for (const lane of chart.lanes) {
    lines.push(`  subgraph ${lane.id}["${laneLabel(lane.title)}"]`);
    if (needsSpacer(lane)) {
      lines.push(`    ${lane.id}x["${laneSpacer(lane.title)}"]`);
      classed.push({ id: `${lane.id}x`, className: 'hidden' });
    }
    for (const node of lane.nodes) {
      lines.push(`    ${nodeStatement(node)}`);
      classed.push({ id: node.id, className: CLASS_OF[node.shape] });
    }
    lines.push('  end');
  }
  for (const edge of chart.edges) lines.push(`  ${edgeStatement(edge)}`);
  lines.push(...classLines(classed));
  return `${lines.join('\n')}\n`;
}
