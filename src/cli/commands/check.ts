// `tartip check`: compiles without writing and reports every problem of every file; for CI.
import { hasErrors } from '../../compile.js';
import type { Language } from '../../diagnostics/format-text.js';
import type { LineMap } from '../../syntax/line-map.js';
import { printDiagnostics, type Reporter } from '../report.js';
import { compileSources } from '../run-files.js';
import { findSources } from '../sources.js';
import { formatJsonReport } from '../../diagnostics/format-json.js';

export type CheckFormat = 'text' | 'json';

export interface CheckOptions {
  language: Language;
  color: boolean;
  format: CheckFormat;
  maxWarnings: number | undefined;
}

export function runCheck(inputs: string[], options: CheckOptions, stdout: (s: string) => void): number {
  const sources = findSources(inputs);
  const lineMaps = new Map<string, LineMap>();
  const outcomes = compileSources(sources, lineMaps);
  const diagnostics = outcomes.flatMap((o) => o.diagnostics);
  if (options.format === 'json') {
    stdout(formatJsonReport(diagnostics, sources.map((s) => s.path)));
  } else {
    const reporter: Reporter = { language: options.language, color: options.color, sources: lineMaps };
    printDiagnostics(reporter, diagnostics, sources.length, stdout);
  }
  if (hasErrors(diagnostics)) return 1;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return options.maxWarnings !== undefined && warnings > options.maxWarnings ? 1 : 0;
}
