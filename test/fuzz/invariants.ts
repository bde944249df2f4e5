// What must hold for every input whatever it is: no throw, well-formed diagnostics, identical output twice.
//
// Framework-free (plain throws), so vitest and scripts/fuzz.mjs share it. Every public output path is
// exercised the way the CLI uses it: the JSON as written, the diagrams, and the diagnostics as printed.
import { compareDiagnostics, compile, hasErrors, type CompileResult } from '../../src/compile.js';
import { CATALOGUE } from '../../src/diagnostics/catalogue.js';
import { formatJsonReport } from '../../src/diagnostics/format-json.js';
import { formatDiagnostic } from '../../src/diagnostics/format-text.js';
import type { Diagnostic, Range } from '../../src/diagnostics/types.js';
import { emitDiagrams } from '../../src/emit/mermaid/emit-diagrams.js';
import { LineMap } from '../../src/text/line-map.js';

/** An absolute path the JSON must never mention: outputs may name the source only relatively. */
export const FUZZ_DIR = '/fuzz/machine-specific/dir';
const FILE = `${FUZZ_DIR}/input.tartip`;
const SOURCE_NAME = 'input.tartip';

/** Codes that mean Tártip itself is wrong: never acceptable for any input. */
const INTERNAL = new Set(['TRT3001', 'TRT9004']);

export class InvariantError extends Error {}

function fail(message: string): never {
  throw new InvariantError(message);
}

function checkRange(range: Range, lines: LineMap, what: string): void {
  const length = lines.text.length;
  for (const [name, p] of [['start', range.start], ['end', range.end]] as const) {
    if (!Number.isInteger(p.offset) || p.offset < 0 || p.offset > length) fail(`${what}: ${name} offset ${p.offset} outside 0..${length}`);
    const expected = lines.position(p.offset);
    if (expected.line !== p.line || expected.column !== p.column) {
      fail(`${what}: ${name} ${p.line}:${p.column} does not match offset ${p.offset} (${expected.line}:${expected.column})`);
    }
  }
  if (range.end.offset < range.start.offset) fail(`${what}: range ends before it starts`);
}

function checkDiagnostic(d: Diagnostic, lines: LineMap): void {
  const what = `${d.code} at ${d.range.start.line}:${d.range.start.column}`;
  const entry = CATALOGUE.get(d.code);
  if (!/^TRT\d{4}$/.test(d.code) || !entry) fail(`unknown diagnostic code ${JSON.stringify(d.code)}`);
  if (INTERNAL.has(d.code)) fail(`internal error reported: ${d.message.en}`);
  if (!['error', 'warning', 'info'].includes(d.severity)) fail(`${what}: severity ${d.severity}`);
  if (d.file !== FILE) fail(`${what}: file ${d.file}`);
  for (const language of ['kk', 'en'] as const) {
    const message = d.message[language];
    if (typeof message !== 'string' || message.trim() === '') fail(`${what}: empty ${language} message`);
    for (const placeholder of entry[language].match(/\{\w+\}/g) ?? []) {
      if (message.includes(placeholder)) fail(`${what}: ${language} message leaves ${placeholder} unfilled: ${message}`);
    }
  }
  checkRange(d.range, lines, what);
  for (const related of d.related) {
    if (related.file !== FILE) fail(`${what}: related location in ${related.file}`);
    checkRange(related.range, lines, `${what} (related)`);
  }
  if (d.fix) {
    if (typeof d.fix.replacement !== 'string') fail(`${what}: fix without replacement`);
    checkRange(d.fix.range, lines, `${what} (fix)`);
  }
}

/** Everything the CLI would print or write for a result, as one string. */
function rendered(result: CompileResult, lines: LineMap): string {
  const parts = [formatJsonReport(result.diagnostics, [FILE])];
  for (const d of result.diagnostics) {
    parts.push(formatDiagnostic(d, lines, { language: 'both', color: false }));
    parts.push(formatDiagnostic(d, lines, { language: 'kk', color: true }));
  }
  if (result.json) {
    parts.push(`${JSON.stringify(result.json, null, 2)}\n`);
    parts.push(JSON.stringify(emitDiagrams(result.json)));
  }
  return parts.join('\n');
}

function checkResult(result: CompileResult, lines: LineMap): string {
  result.diagnostics.forEach((d) => checkDiagnostic(d, lines));
  for (let i = 1; i < result.diagnostics.length; i++) {
    if (compareDiagnostics(result.diagnostics[i - 1]!, result.diagnostics[i]!) > 0) fail('diagnostics are not in source order');
  }
  if (result.json && hasErrors(result.diagnostics)) fail('JSON produced despite errors');
  if (!result.json && !hasErrors(result.diagnostics)) fail('no JSON and no error to say why');
  const output = rendered(result, lines);
  if (result.json && JSON.stringify(result.json).includes(FUZZ_DIR)) fail('the JSON contains the absolute source path');
  return output;
}

/** Compiles `source` once and checks the result; for bulk inputs where the second compile is too costly. */
export function checkOnce(source: string): string {
  return checkResult(compile(source, FILE, SOURCE_NAME), new LineMap(source));
}

/**
 * Compiles `source` twice (the second time from a separate copy of the string, after whatever the
 * previous case left in module state) and checks both results; throws InvariantError or the
 * compiler's own exception. Returns the rendered output, for callers that compare further.
 */
export function checkSource(source: string): string {
  const lines = new LineMap(source);
  const first = checkResult(compile(source, FILE, SOURCE_NAME), lines);
  const copy = [...source].join('');
  const second = checkResult(compile(copy, FILE, SOURCE_NAME), lines);
  if (first !== second) {
    const at = [...first].findIndex((ch, i) => ch !== second[i]);
    fail(`compiling the same source twice gave different output, from character ${at}: ${JSON.stringify(first.slice(at, at + 80))} vs ${JSON.stringify(second.slice(at, at + 80))}`);
  }
  return first;
}
