// What a printed annex page says around its chart: the annex mark and the captions, as the acts print them.
import type { DiagramSource } from '../emit/mermaid/emit-diagrams.js';
import type { SheetSpec } from './page-api.js';

/** The appendix as the chart model gives it; `mark` is the act's own «N-қосымша» where the model has it. */
type Appendix = DiagramSource['appendix'] & { mark?: string | null };

/** The act's own form of the appendix mark where the model gives it, else «N қосымша» (the seed act's form). */
export function appendixMark(appendix: Appendix): string {
  if (typeof appendix.mark === 'string' && appendix.mark.trim() !== '') return appendix.mark;
  return appendix.number === null ? 'қосымша' : `${appendix.number} қосымша`;
}

/**
 * The mark in the top right corner of an annex, as the acts print it: «"Title" мемлекеттік
 * көрсетілетін қызмет регламентіне» and, below it, the appendix mark.
 */
export function annexMark(title: string, appendix: Appendix): string[] {
  return [`«${title}» мемлекеттік көрсетілетін қызмет регламентіне`, appendixMark(appendix)];
}

export function sheetSpec(title: string, diagram: DiagramSource, chartSvg: string, legendSvg: string | null): SheetSpec {
  const caption = [diagram.appendix.caption];
  if (diagram.caption !== null && diagram.caption !== diagram.appendix.caption) caption.push(diagram.caption);
  return { mark: annexMark(title, diagram.appendix), caption, chart: chartSvg, legend: legendSvg, title: caption.join(' — '), subject: title };
}
