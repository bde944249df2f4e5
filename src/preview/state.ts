// What the preview page shows of an act: its charts as Mermaid text and its diagnostics as text. Pure.
import { messageFor } from '../diagnostics/create.js';
import { formatDiagnostic, inLanguage, type Language } from '../diagnostics/format-text.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { ProcessDefinition } from '../emit/json/model.js';
import { emitDiagrams, MAX_CHART_BOXES, tooLargeToDraw } from '../emit/mermaid/emit-diagrams.js';
import type { LineMap } from '../text/line-map.js';

export interface PreviewDiagram {
  name: string;
  /** «2 қосымша: Мемлекеттік қызмет көрсетудің бизнес-процестерінің анықтамалығы». */
  appendix: string;
  caption: string | null;
  kind: 'chart' | 'legend';
  mermaid: string;
}

export interface PreviewState {
  /** Grows with every state the server publishes, so the page (and a test) can tell one redraw from the next. */
  version: number;
  file: string;
  title: string | null;
  /** The charts of the act; null when it does not compile, and the page keeps what it last drew. */
  diagrams: PreviewDiagram[] | null;
  diagnostics: { severity: Diagnostic['severity']; code: string; text: string }[];
  counts: { errors: number; warnings: number };
}

export interface PreviewInput {
  file: string;
  definition: ProcessDefinition | undefined;
  diagnostics: Diagnostic[];
  lines: Map<string, LineMap>;
}

/**
 * Errors and warnings with their code frames, as `check` prints them (the act's recorded defects, notes,
 * are left to `check`); the charts exactly as `tartip diagram` writes their `.mmd`.
 */
export function previewState(input: PreviewInput, version: number, language: Language): PreviewState {
  const shown = input.diagnostics.filter((d) => d.severity !== 'info');
  const emitted = input.definition ? emitDiagrams(input.definition) : undefined;
  // The page's browser is given no chart a renderer would refuse (TRT3251): it is named among the errors instead.
  const drawn = emitted && { ...emitted, diagrams: emitted.diagrams.filter((d) => !tooLargeToDraw(d)) };
  const refused = (emitted?.diagrams ?? []).filter(tooLargeToDraw).map((d) => ({
    severity: 'error' as const,
    code: 'TRT3251',
    text: `${input.file}: TRT3251: ${inLanguage(messageFor('TRT3251', { diagram: d.name, boxes: String(d.boxes), max: String(MAX_CHART_BOXES) }), language)}`,
  }));
  const listed = [...shown.map((d) => ({ severity: d.severity, code: d.code, text: formatDiagnostic(d, input.lines.get(d.file), { language, color: false }) })), ...refused];
  return {
    version,
    file: input.file,
    title: input.definition?.title ?? null,
    diagrams: drawn
      ? drawn.diagrams.map((d) => ({
          name: d.name,
          appendix: `${d.appendix.number === null ? 'қосымша' : `${d.appendix.number} қосымша`}: ${d.appendix.caption}`,
          caption: d.caption,
          kind: d.kind,
          mermaid: d.mermaid,
        }))
      : null,
    diagnostics: listed,
    counts: { errors: listed.filter((d) => d.severity === 'error').length, warnings: listed.filter((d) => d.severity === 'warning').length },
  };
}
