// Finds the charts of a business-process handbook appendix that print steps the main text does not: the importer reads no chart's boxes.
import { squeeze, type SourceLine } from './normalise.js';
import type { AppendixHeader } from './headers.js';
import { chartBoxes, type ChartBox } from './chart-boxes.js';

export interface UnreadChart {
  appendix: number | null;
  caption: string;
  line: number;
  /** The amounts the chart prints that no step of the main text has («20 секунд»). */
  amounts: string[];
  /** The chart's boxes in reading order, for the analyst to write the procedure from. */
  boxes: ChartBox[];
}

/** «… арқылы мемлекеттік қызмет көрсету кезінде … анықтамалығы»: one chart's heading, over up to three lines. */
const CHART_HEADING = /^[А-ЯӘҒҚҢӨҰҮҺІ].*\sарқылы\s.*анықтамалығы\s*$/u;
const AMOUNT = /(\d+(?:,\d+)?)\s*(?:\([а-яәғқңөұүһі\s]+\)\s*)?(секунд|минут|сағат|жұмыс\s+күн|күнтізбелік\s+күн|күн)/gu;

function amounts(text: string): string[] {
  return [...text.matchAll(AMOUNT)].map((m) => `${m[1]} ${squeeze(m[2]!)}`);
}

/**
 * A handbook appendix may print one chart per channel. A chart whose boxes carry amounts that none of the main
 * text's sentences print describes steps the draft does not hold (a procedure printed only as a chart); a chart
 * that restates the main text's steps is not worth a warning.
 */
export function unreadCharts(lines: SourceLine[], appendices: AppendixHeader[], main: SourceLine[], lexicon: Set<string>): UnreadChart[] {
  const printed = new Set(amounts(main.map((l) => l.text).join(' ')));
  const starts = appendices.filter((a) => a.lines.length).map((a) => a.lines[0]!).sort((a, b) => a - b);
  const out: UnreadChart[] = [];
  for (const appendix of appendices) {
    if (appendix.kind !== 'handbook' || appendix.lines.length === 0) continue;
    const last = appendix.lines[appendix.lines.length - 1]!;
    const end = starts.find((s) => s > last) ?? Infinity;
    const body = lines.filter((l) => l.line > last && l.line < end);
    const charts: { caption: string; line: number; from: number }[] = [{ caption: appendix.caption, line: appendix.lines[0]!, from: 0 }];
    for (let i = 0; i < body.length; i++) {
      for (let span = 1; span <= 3 && i + span <= body.length; span++) {
        const caption = squeeze(body.slice(i, i + span).map((l) => l.text).join(' '));
        if (!CHART_HEADING.test(caption)) continue;
        charts.push({ caption, line: body[i]!.line, from: i + span });
        i += span - 1;
        break;
      }
    }
    charts.forEach((chart, c) => {
      const own = body.slice(chart.from, charts[c + 1] ? charts[c + 1]!.from - 1 : body.length);
      const text = own.map((l) => l.text).join(' ');
      const unread = [...new Set(amounts(text).filter((a) => !printed.has(a)))];
      // The legend («Шартты белгілер:») closes the chart.
      const legend = own.findIndex((l) => /^Шартты\s+белгілер/u.test(l.text));
      const boxes = chartBoxes(legend >= 0 ? own.slice(0, legend) : own, lexicon);
      if (unread.length) out.push({ appendix: appendix.number, caption: chart.caption, line: chart.line, amounts: unread, boxes });
    });
  }
  return out;
}
