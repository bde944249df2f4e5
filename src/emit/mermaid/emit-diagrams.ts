// Entry point: every appendix chart and legend of a compiled regulation, as Mermaid text. Pure.
import type { AppendixInfo, ProcessDefinition } from '../json/model.js';
import type { Chart } from './chart-model.js';
import { appendixBase, channelSlug, chartNames, legendName } from './file-names.js';
import { handbookChart } from './handbook.js';
import { isChart } from './is-diagram.js';
import { DEFAULT_BOX_STYLE, entityIndex, type BoxStyle } from './labels.js';
import { HANDBOOK_LEGEND, IS_LEGEND, writeLegend } from './legend.js';
import type { SwimlaneLayout } from './style.js';
import { writeSwimlane } from './write-mermaid.js';

export interface DiagramSource {
  /** File name without extension, e.g. «appendix-2-handbook-provider»; unique within a regulation. */
  name: string;
  kind: 'chart' | 'legend';
  /** `mark`: the appendix mark as the act prints it («1-қосымша», «1 қосымша», «қосымша»). */
  appendix: { number: number | null; kind: AppendixInfo['kind']; caption: string; mark: string };
  /** The chart's caption («… жүгінген кезде»), else its procedure's heading; null for a legend or when the act gives neither. */
  caption: string | null;
  /** The procedure a chart draws; null for a legend. */
  procedure: string | null;
  /** The name of the legend printed with a chart on its page; null when the appendix has none. */
  legend: string | null;
  /** The shapes the chart draws (boxes, diamonds, events, documents); a legend counts its entries. */
  boxes: number;
  mermaid: string;
}

/**
 * The most shapes one chart is drawn with. Mermaid's swimlane layout grows about with the cube of its boxes
 * (measured: 100 steps 7.6 s and 833 MB for the whole browser, 200 steps 54 s and 1.2 GB); printed acts draw
 * fewer than 40. Larger charts are refused before the browser sees them (TRT3251), so rendering stays under
 * 1 GB at every size the source limits accept.
 */
export const MAX_CHART_BOXES = 120;

/**
 * True for a diagram of more shapes than a browser is given to lay out. Every renderer refuses such a
 * diagram (TRT3251) before it reaches a page, whichever command asked for it.
 */
export const tooLargeToDraw = (diagram: DiagramSource): boolean => diagram.boxes > MAX_CHART_BOXES;

export interface RegulationDiagrams {
  /** The regulation's title, for the annex header of a printed page. */
  title: string;
  /** The approving act's date (ISO), stamped into the PDFs instead of the moment they were printed. */
  date: string | null;
  diagrams: DiagramSource[];
}

/** The mark as the act prints it; a definition written before marks were kept reads «N қосымша». */
function appendixLabel(appendix: AppendixInfo): string {
  return appendix.mark ?? (appendix.number === null ? 'қосымша' : `${appendix.number} қосымша`);
}

/** The legend heading where the act prints none of its own: the acts' standard words. */
export const DEFAULT_LEGEND_HEADING = 'Шартты белгілер:';

/**
 * Draws every chart the act's appendices list, in the act's order, and one legend per appendix
 * that prints «Шартты белгілер». Generated from the JSON model only, so a `.json` file could be
 * drawn just as well as a source.
 */
export interface DiagramOptions {
  /** How swimlane charts are laid out (see SwimlaneLayout); «packed» by default. */
  layout?: SwimlaneLayout;
}

export function emitDiagrams(definition: ProcessDefinition, options: DiagramOptions = {}): RegulationDiagrams {
  const entities = entityIndex(definition);
  const procedures = new Map(definition.procedures.map((p) => [p.id, p]));
  const used = new Set<string>();
  const unique = (name: string): string => {
    let candidate = name;
    for (let k = 2; used.has(candidate); k++) candidate = `${name}-${k}`;
    used.add(candidate);
    return candidate;
  };
  const diagrams: DiagramSource[] = [];

  for (const appendix of definition.appendices) {
    const base = appendixBase(appendix);
    const info = { number: appendix.number, kind: appendix.kind, caption: appendix.caption, mark: appendixLabel(appendix) };
    // Every chart is printed with its legend: the act's own heading when it gives one, else the standard one.
    const legend = unique(legendName(base));
    const charts = appendix.charts.filter((c) => procedures.has(c.procedure));
    const names = chartNames(
      base,
      charts.map((c) => {
        const slug = channelSlug(entities.get(procedures.get(c.procedure)!.channel), procedures.get(c.procedure)!.channel);
        return slug === 'legend' ? 'legend-channel' : slug;
      }),
    );
    charts.forEach((c, i) => {
      const procedure = procedures.get(c.procedure)!;
      // An uncaptioned chart is titled by the act's own heading of its procedure, when there is one.
      const caption = c.caption ?? procedure.heading;
      const title = caption ?? appendix.caption;
      const style: BoxStyle = { durations: c.durations ?? 'inside', boxes: c.boxes ?? 'text', answers: c.answers ?? DEFAULT_BOX_STYLE.answers };
      const chart: Chart = appendix.kind === 'handbook' ? handbookChart(procedure, c.lanes, title, entities, style) : isChart(procedure, c.lanes, title, entities, style);
      const comments = [definition.title ?? '', `${appendixLabel(appendix)}: ${appendix.caption}`, ...(caption ? [caption] : [])];
      const boxes = chart.lanes.reduce((n, lane) => n + lane.nodes.length, 0);
      diagrams.push({ name: unique(names[i]!), kind: 'chart', appendix: info, caption, procedure: c.procedure, legend, boxes, mermaid: writeSwimlane(chart, comments, options.layout) });
    });
    if (charts.length > 0) {
      const entries = appendix.kind === 'handbook' ? HANDBOOK_LEGEND : IS_LEGEND;
      const comments = [definition.title ?? '', `${appendixLabel(appendix)}: ${appendix.caption}`];
      diagrams.push({ name: legend, kind: 'legend', appendix: info, caption: null, procedure: null, legend: null, boxes: entries.length, mermaid: writeLegend(appendix.legend ?? DEFAULT_LEGEND_HEADING, entries, comments) });
    }
  }
  return { title: definition.title ?? '', date: definition.approval?.date ?? null, diagrams };
}
