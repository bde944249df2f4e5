// Fits a chart's box texts to the print: at most ten lines a box, long words broken, one text width a chart.
import { breakLongWord, boxLineCount, fittingWidth, MAX_BOX_LINES, MAX_TEXT_WIDTH, MAX_WORD, MIN_TEXT_WIDTH, wrapText } from '../../text/box-lines.js';
import type { Chart, ChartNode, LabelLine } from './chart-model.js';

/** Shapes whose text wraps inside them; symbols carry a word or nothing. */
const BOXES: ReadonlySet<ChartNode['shape']> = new Set(['action', 'process', 'document', 'decision']);

/** An invisible break opportunity: a word longer than a line may break there, and nowhere else. */
const BREAK = '\u200b';

function breakWords(text: string): string {
  return text
    .split(' ')
    .map((word) => ([...word].length > MAX_WORD ? breakLongWord(word).map((p, i, all) => (i < all.length - 1 && !p.endsWith('-') ? p + BREAK : p)).join('') : word))
    .join(' ');
}

/**
 * Cuts the lines of a box that would still be over ten lines at the widest text: the longest line
 * (the action) keeps what fits and ends with «…». The checker has warned of it (TRT2602).
 */
function cut(lines: LabelLine[], width: number): LabelLine[] {
  const texts = lines.map((l) => l.text);
  if (boxLineCount(texts, width) <= MAX_BOX_LINES) return lines;
  const longest = texts.reduce((best, t, i) => (t.length > texts[best]!.length ? i : best), 0);
  const others = boxLineCount(texts.filter((_, i) => i !== longest), width);
  const room = Math.max(1, MAX_BOX_LINES - others);
  const kept = wrapText(texts[longest]!, width).slice(0, room);
  const last = kept.length - 1;
  // The «…» needs room of its own on the last line.
  kept[last] = wrapText(`${kept[last]!} …`, width).length > 1 ? `${[...kept[last]!].slice(0, -3).join('')}…` : `${kept[last]!} …`;
  return lines.map((l, i) => (i === longest ? { ...l, text: kept.join(' ') } : l));
}

/** The chart with every box's text fitted, and the text width it is set at (wider only when a box needs it). */
export function fitBoxes(chart: Chart): { chart: Chart; wrappingWidth: number } {
  let width = MIN_TEXT_WIDTH;
  for (const lane of chart.lanes) {
    for (const node of lane.nodes) {
      if (!BOXES.has(node.shape)) continue;
      width = Math.max(width, fittingWidth(node.lines.map((l) => l.text)) ?? MAX_TEXT_WIDTH);
    }
  }
  const lanes = chart.lanes.map((lane) => ({
    ...lane,
    nodes: lane.nodes.map((node) =>
      BOXES.has(node.shape) ? { ...node, lines: cut(node.lines, width).map((l) => ({ ...l, text: breakWords(l.text) })) } : node,
    ),
  }));
  const edges = chart.edges.map((e) => (e.label === null ? e : { ...e, label: breakWords(e.label) }));
  return { chart: { ...chart, lanes, edges }, wrappingWidth: width };
}
