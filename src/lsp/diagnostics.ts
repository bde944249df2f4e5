// The compiler's diagnostics as the protocol's: code, severity, the message in the client's language, related locations.
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { createDiagnostic } from '../diagnostics/create.js';
import { applyRules } from '../diagnostics/severity.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Analysis } from './analysis.js';
import { toLspRange, type Locale } from './positions.js';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** What a code action needs to find the compiler's finding again: its index in the analysis it came from. */
export interface DiagnosticData {
  version: number;
  index: number;
}

export function toLspDiagnostic(d: Diagnostic, index: number, analysis: Pick<Analysis, 'uri' | 'version' | 'result'>, locale: Locale): LspDiagnostic {
  const uriOf = (file: string) => (file === analysis.result.file ? analysis.uri : `file://${encodeURI(file)}`);
  const data: DiagnosticData = { version: analysis.version, index };
  return {
    range: toLspRange(d.range),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'tartip',
    message: d.message[locale],
    ...(d.related.length > 0 ? { relatedInformation: d.related.map((r) => ({ location: { uri: uriOf(r.file), range: toLspRange(r.range) }, message: r.message[locale] })) } : {}),
    data,
  };
}

/** The findings as `check` reports them: severities from tartip.config.json, «off» ones left out; each keeps its index for code actions. */
export function publishable(analysis: Analysis, locale: Locale): LspDiagnostic[] {
  const { rules, problem } = analysis.settings;
  const findings = analysis.result.diagnostics.flatMap((d, i) => applyRules([d], rules).map((shown) => toLspDiagnostic(shown, i, analysis, locale)));
  return problem ? [toLspDiagnostic(problem, -1, analysis, locale), ...findings] : findings;
}

/** A failure inside Tártip while analysing, shown at the top of the document instead of a silent editor. */
export function analysisFailure(uri: string, version: number, error: unknown, locale: Locale): LspDiagnostic {
  const at = { line: 1, column: 1, offset: 0 };
  const d = createDiagnostic('TRT9004', uri, { start: at, end: at }, { reason: error instanceof Error ? error.message : String(error) });
  return toLspDiagnostic(d, -1, { uri, version, result: { file: uri } as Analysis['result'] }, locale);
}
