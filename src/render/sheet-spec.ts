// What a printed annex page says around its chart: the annex mark and the captions, as the acts print them.
import type { DiagramSource } from '../emit/mermaid/emit-diagrams.js';
import type { SheetSpec } from './page-api.js';

/**
 * The mark in the top right corner of an annex, as the seed act prints it: «"Title" мемлекеттік
 * көрсетілетін қызмет регламентіне 1 қосымша» (or «қосымша» for the single unnumbered one), in the act's own form («1-қосымша» or «1 қосымша»).
 */
export function annexMark(title: string, mark: string): string[] {
  return [`«${title}» мемлекеттік көрсетілетін қызмет регламентіне`, mark];
}

export function sheetSpec(title: string, diagram: DiagramSource, chartSvg: string, legendSvg: string | null): SheetSpec {
  const caption = [diagram.appendix.caption];
  if (diagram.caption !== null && diagram.caption !== diagram.appendix.caption) caption.push(diagram.caption);
  return { mark: annexMark(title, diagram.appendix.mark), caption, chart: chartSvg, legend: legendSvg };
}
