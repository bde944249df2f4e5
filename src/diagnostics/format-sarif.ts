// SARIF 2.1.0 log (`--format sarif`) for GitHub code scanning and other SARIF viewers; one run, the rules
// taken from the catalogue, columns in UTF-16 code units as Tártip counts them.
import { pathToFileURL } from 'node:url';
import { entryFor } from './catalogue.js';
import { inLanguage, type Language } from './format-text.js';
import type { Diagnostic, Range, Severity } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };


/** A relative path stays relative (GitHub resolves it against the repository); an absolute one becomes file://. */
export function artifactUri(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  if (/^([a-zA-Z]:)?\//.test(slashed)) return pathToFileURL(file).href;
  return slashed.split('/').map(encodeURIComponent).join('/');
}

function region(range: Range) {
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

function location(file: string, range: Range) {
  return { physicalLocation: { artifactLocation: { uri: artifactUri(file) }, region: region(range) } };
}

/** «{name} is not declared» → «… is not declared»: the rule's wording without the particulars. */
function generic(template: string): string {
  return template.replace(/\{\w+\}/g, '…').replace(/…+/g, '…');
}

function rule(code: string) {
  const entry = entryFor(code);
  return {
    id: code,
    name: entry.name,
    shortDescription: { text: generic(entry.en) },
    fullDescription: { text: `${generic(entry.en)}\n${generic(entry.kk)}` },
    defaultConfiguration: { level: LEVEL[entry.severity] },
    properties: { tags: [entry.name], ...(entry.sourceDefect ? { sourceDefect: true } : {}) },
  };
}

/** The acknowledging record is the finding's last related location (see semantic/checks/defects.ts). */
function justification(d: Diagnostic, language: Language): string {
  const record = d.related.at(-1);
  if (!record) return '';
  return `${inLanguage(record.message, language).replace(/\n/g, ' / ')} (${record.file}:${record.range.start.line}:${record.range.start.column})`;
}

export interface SarifOptions {
  language: Language;
  version: string;
}

export function formatSarif(diagnostics: Diagnostic[], options: SarifOptions): string {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const index = new Map(codes.map((code, i) => [code, i]));
  const results = diagnostics.map((d) => ({
    ruleId: d.code,
    ruleIndex: index.get(d.code)!,
    level: LEVEL[d.severity],
    message: { text: inLanguage(d.message, options.language) },
    locations: [location(d.file, d.range)],
    ...(d.related.length > 0
      ? { relatedLocations: d.related.map((r, i) => ({ id: i + 1, ...location(r.file, r.range), message: { text: inLanguage(r.message, options.language) } })) }
      : {}),
    ...(d.fix
      ? {
          fixes: [{
            description: { text: inLanguage(d.fix.message, options.language) },
            artifactChanges: [{
              artifactLocation: { uri: artifactUri(d.file) },
              replacements: [{ deletedRegion: region(d.fix.range), insertedContent: { text: d.fix.replacement } }],
            }],
          }],
        }
      : {}),
    // A finding explained by the act's recorded defect (`ақау:`) is suppressed in source, with the record as the reason.
    ...(d.acknowledged ? { suppressions: [{ kind: 'inSource', justification: justification(d, options.language) }] } : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'tartip', version: options.version, rules: codes.map(rule) } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
