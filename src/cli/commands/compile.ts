// `tartip compile`: writes <out>/<name>.json for every source that compiles without errors.
import { hasErrors } from '../../compile.js';
import type { LineMap } from '../../text/line-map.js';
import { noticeTo, printOutputReport, type Reporter } from '../report.js';
import { batchSummary, compileSources, outputsExitCode, type FileOutcome } from '../run-files.js';
import { readStdin } from '../read-source.js';
import { findSources, type SourceFile } from '../sources.js';
import { compileBatch } from '../workers/pool.js';
import { writeInside } from '../write-output.js';
import type { Language } from '../../diagnostics/format-text.js';
import { createDiagnostic } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { writeBpmnFiles, type CompileFormat } from './write-bpmn.js';

export interface CompileOptions {
  outDir: string;
  language: Language;
  color: boolean;
  quiet: boolean;
  /** What to write for each act; JSON only by default. */
  formats?: CompileFormat[];
}

export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function runCompile(inputs: string[], options: CompileOptions, stdout: (s: string) => void, stderr: (s: string) => void): number {
  const sources = findSources(inputs);
  const lineMaps = new Map<string, LineMap>();
  return writeOutputs(sources, compileSources(sources, lineMaps), lineMaps, options, stdout, stderr);
}

/**
 * `tartip compile` as the command line runs it: a large batch is compiled on worker threads, with the same
 * outputs. «-» compiles standard input (read up to the size limit) to «<out>/stdin.json».
 */
export async function runCompileBatch(inputs: string[], options: CompileOptions & { jobs?: number | undefined }, stdout: (s: string) => void, stderr: (s: string) => void): Promise<number> {
  const files = inputs.filter((i) => i !== '-');
  const stdin: SourceFile[] = inputs.includes('-') ? [{ path: '<stdin>', outputName: 'stdin', content: await readStdin() }] : [];
  const sources = [...stdin, ...(files.length > 0 ? findSources(files, { notice: noticeTo(stderr, options.language) }) : [])];
  const lineMaps = new Map<string, LineMap>();
  const outcomes = await compileBatch(sources, lineMaps, { keep: 'json', jobs: options.jobs });
  const formats = options.formats ?? ['json'];
  if (!formats.includes('bpmn')) return writeOutputs(sources, outcomes, lineMaps, options, stdout, stderr);
  const extra: Diagnostic[] = [];
  const bpmn = await writeBpmnFiles(outcomes, options.outDir, extra);
  return writeOutputs(sources, outcomes, lineMaps, options, stdout, stderr, { extra, bpmn: bpmn.written, ioFailed: bpmn.ioFailed });
}

/**
 * Writes «<out>/<name>.json» for every outcome without errors; a write that fails becomes a TRT9002
 * diagnostic of its source, pushed onto `diagnostics`, and the others are still written.
 */
export function writeDefinitions(outcomes: FileOutcome[], outDir: string, diagnostics: Diagnostic[]): { written: number; ioFailed: boolean } {
  let written = 0;
  let ioFailed = false;
  for (const outcome of outcomes) {
    const json = outcome.result?.json;
    if (!json || hasErrors(outcome.diagnostics)) continue;
    const failure = writeInside(outDir, `${outcome.source.outputName}.json`, serializeJson(json));
    if (failure === null) written++;
    else {
      ioFailed = true;
      const at = { line: 1, column: 1, offset: 0 };
      diagnostics.push(createDiagnostic(failure.code, outcome.source.path, { start: at, end: at }, failure.args));
    }
  }
  return { written, ioFailed };
}

function writeOutputs(
  sources: SourceFile[], outcomes: FileOutcome[], lineMaps: Map<string, LineMap>, options: CompileOptions, stdout: (s: string) => void, stderr: (s: string) => void,
  bpmn?: { extra: Diagnostic[]; bpmn: number; ioFailed: boolean },
): number {
  const diagnostics = [...outcomes.flatMap((o) => o.diagnostics), ...(bpmn?.extra ?? [])];
  const json = (options.formats ?? ['json']).includes('json') ? writeDefinitions(outcomes, options.outDir, diagnostics) : { written: 0, ioFailed: false };
  const written = json.written;
  const ioFailed = json.ioFailed || Boolean(bpmn?.ioFailed);
  const reporter: Reporter = { language: options.language, color: options.color, sources: lineMaps };
  printOutputReport(reporter, diagnostics, sources.length, options.quiet, stderr);
  stderr(batchSummary(sources.map((s) => s.path), diagnostics, options.language));
  if (!options.quiet) stdout(bpmn ? `${written} .json, ${bpmn.bpmn} .bpmn of ${sources.length} → ${options.outDir}\n` : `${written}/${sources.length} → ${options.outDir}\n`);
  return outputsExitCode(diagnostics, ioFailed);
}
