// The diagnostic catalogue: every code Tártip can report, merged from one table per area.
import { SYNTAX_MESSAGES } from './catalogue-syntax.js';
import { SEMANTIC_MESSAGES } from './catalogue-semantic.js';
import { OUTPUT_MESSAGES } from './catalogue-output.js';
import { CLI_MESSAGES } from './catalogue-cli.js';
import { CHART_MESSAGES } from './catalogue-charts.js';
import { BPMN_MESSAGES } from './catalogue-bpmn.js';
import { RENDER_MESSAGES } from './catalogue-render.js';
import { DOCUMENT_MESSAGES } from './catalogue-document.js';
import { IMPORT_MESSAGES } from './catalogue-import.js';
import { FORMAT_MESSAGES } from './catalogue-format.js';
import { LSP_MESSAGES } from './catalogue-lsp.js';
import { HOSTILE_MESSAGES } from './catalogue-hostile.js';
import type { Severity } from './types.js';

/** One catalogue entry: a stable code, its default severity and its message in both languages. */
export interface CatalogueEntry {
  code: string;
  /** Short kebab-case name, used in config files and SARIF rule ids' help. */
  name: string;
  severity: Severity;
  /**
   * The finding may be a defect of the published act itself rather than of its encoding, so an
   * `ақау:` recorded in the same step or paragraph acknowledges it (it is then reported as info).
   */
  sourceDefect?: boolean;
  kk: string;
  en: string;
}

export const CATALOGUE_ENTRIES: readonly CatalogueEntry[] = [
  ...SYNTAX_MESSAGES,
  ...SEMANTIC_MESSAGES,
  ...OUTPUT_MESSAGES,
  ...CLI_MESSAGES,
  ...CHART_MESSAGES,
  ...BPMN_MESSAGES,
  ...RENDER_MESSAGES,
  ...DOCUMENT_MESSAGES,
  ...IMPORT_MESSAGES,
  ...FORMAT_MESSAGES,
  ...LSP_MESSAGES,
  ...HOSTILE_MESSAGES,
];

export const CATALOGUE: ReadonlyMap<string, CatalogueEntry> = new Map(
  CATALOGUE_ENTRIES.map((entry) => [entry.code, entry]),
);

/** Looks a code up; an unknown code is a programming error, not a user error. */
export function entryFor(code: string): CatalogueEntry {
  const entry = CATALOGUE.get(code);
  if (!entry) throw new Error(`internal: diagnostic code ${code} is not in the catalogue`);
  return entry;
}
