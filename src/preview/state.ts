// What the preview page shows of an act: its charts as Mermaid text and its diagnostics as text. Pure.
import { formatDiagnostic, type Language } from '../diagnostics/format-text.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { ProcessDefinition } from '../emit/json/model.js';
import { emitDiagrams } from '../emit/mermaid/emit-diagrams.js';
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
  const drawn = input.definition ? emitDiagrams(input.definition) : undefined;
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
    diagnostics: shown.map((d) => ({ severity: d.severity, code: d.code, text: formatDiagnostic(d, input.lines.get(d.file), { language, color: false }) })),
    counts: { errors: shown.filter((d) => d.severity === 'error').length, warnings: shown.filter((d) => d.severity === 'warning').length },
  };
}
