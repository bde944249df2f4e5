// `tartip explain <code>`: a diagnostic's messages and example from docs/DIAGNOSTICS.md, like `rustc --explain`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATALOGUE } from '../../diagnostics/catalogue.js';
import type { Language } from '../../diagnostics/format-text.js';
import { closest } from '../../diagnostics/suggest.js';
import { didYouMean } from '../../semantic/names.js';
import { cliMessage } from '../report.js';

/** The installed docs/DIAGNOSTICS.md: beside dist/ in the package, or in the source tree. */
const DOC = new URL('../docs/DIAGNOSTICS.md', import.meta.url);

/** The section of the document about one code, without its heading's anchor noise. */
export function sectionOf(doc: string, code: string): string | undefined {
  const start = doc.indexOf(`\n### ${code} `);
  if (start < 0) return undefined;
  const rest = doc.slice(start + 1);
  const end = rest.slice(4).search(/\n##+ /);
  return (end < 0 ? rest : rest.slice(0, end + 4)).trimEnd();
}

/** Prints what a code means; a code or name that is not in the catalogue gets TRT9008 with the closest one. */
export function runExplain(code: string, language: Language, stdout: (s: string) => void, stderr: (s: string) => void): number {
  const entry = CATALOGUE.get(code.toUpperCase()) ?? [...CATALOGUE.values()].find((e) => e.name === code);
  if (!entry) {
    const suggestion = closest(code, [...CATALOGUE.values()].flatMap((e) => [e.code, e.name]));
    stderr(cliMessage('TRT9008', { where: 'tartip explain', rule: code, hint: didYouMean(suggestion) }, language));
    return 2;
  }
  let doc: string | undefined;
  try {
    doc = readFileSync(fileURLToPath(DOC), 'utf8');
  } catch {
    doc = undefined;
  }
  const section = doc === undefined ? undefined : sectionOf(doc, entry.code);
  // Without the document (an unusual install), the catalogue still says what the code is.
  stdout(`${section ?? `### ${entry.code} ${entry.name}\n\ndefault severity ${entry.severity}\n\n- en: ${entry.en}\n- kk: ${entry.kk}`}\n`);
  return 0;
}
