// `tartip check`: compiles without writing and reports every problem of every file; for CI.
import { formatGithubReport } from '../../diagnostics/format-github.js';
import { formatJsonReport } from '../../diagnostics/format-json.js';
import { formatSarif } from '../../diagnostics/format-sarif.js';
import type { Language } from '../../diagnostics/format-text.js';
import { applyRules } from '../../diagnostics/severity.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { LineMap } from '../../syntax/line-map.js';
import { parseRuleFlags, resolveRules } from '../config.js';
import { printDiagnostics, type Reporter } from '../report.js';
import { compileSources } from '../run-files.js';
import { findSources } from '../sources.js';
import { version } from '../version.js';

export type CheckFormat = 'text' | 'json' | 'sarif' | 'github';

export const CHECK_FORMATS: readonly CheckFormat[] = ['text', 'json', 'sarif', 'github'];

export interface CheckOptions {
  language: Language;
  color: boolean;
  format: CheckFormat;
  maxWarnings: number | undefined;
  /** `--rule CODE=severity` flags, as written. */
  rules?: string[];
  /** `--config <file>`: use this file instead of looking for tartip.config.json. */
  config?: string | undefined;
}

/** 2 when a file could not be read (TRT9xxx), 1 for errors or too many warnings, else 0. */
export function exitCode(diagnostics: Diagnostic[], maxWarnings: number | undefined): number {
  if (diagnostics.some((d) => d.code.startsWith('TRT9'))) return 2;
  if (diagnostics.some((d) => d.severity === 'error')) return 1;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}

export function runCheck(inputs: string[], options: CheckOptions, stdout: (s: string) => void): number {
  const flags = parseRuleFlags(options.rules ?? []);
  const sources = findSources(inputs);
  const rulesFor = resolveRules(sources.map((s) => s.path), options.config, flags);
  const lineMaps = new Map<string, LineMap>();
  const outcomes = compileSources(sources, lineMaps);
  const diagnostics = outcomes.flatMap((o) => applyRules(o.diagnostics, rulesFor(o.source.path)));
  switch (options.format) {
    case 'json': stdout(formatJsonReport(diagnostics, sources.map((s) => s.path))); break;
    case 'sarif': stdout(formatSarif(diagnostics, { language: options.language, version })); break;
    case 'github': stdout(formatGithubReport(diagnostics, sources.length, options.language)); break;
    case 'text': {
      const reporter: Reporter = { language: options.language, color: options.color, sources: lineMaps };
      printDiagnostics(reporter, diagnostics, sources.length, stdout);
      break;
    }
  }
  return exitCode(diagnostics, options.maxWarnings);
}
