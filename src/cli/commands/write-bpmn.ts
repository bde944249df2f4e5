// Writes «<out>/<name>.bpmn» for every compiled act; bpmn-moddle is loaded only when BPMN is asked for.
import { InvalidArgumentError } from 'commander';
import { hasErrors } from '../../compile.js';
import { createDiagnostic } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { FileOutcome } from '../run-files.js';
import { writeInside } from '../write-output.js';

export const COMPILE_FORMATS = ['json', 'bpmn'] as const;
export type CompileFormat = (typeof COMPILE_FORMATS)[number];

export function parseCompileFormats(value: string): CompileFormat[] {
  const parts = value.split(',').map((p) => p.trim().toLowerCase()).filter((p) => p !== '');
  const bad = parts.find((p) => !(COMPILE_FORMATS as readonly string[]).includes(p));
  if (bad !== undefined || parts.length === 0) throw new InvalidArgumentError(`expected a comma-separated list of ${COMPILE_FORMATS.join(', ')}`);
  return COMPILE_FORMATS.filter((f) => parts.includes(f));
}

/** A write that fails becomes a TRT9002 diagnostic of its source; the other acts are still written. */
export async function writeBpmnFiles(outcomes: FileOutcome[], outDir: string, diagnostics: Diagnostic[]): Promise<{ written: number; ioFailed: boolean }> {
  const { emitBpmn } = await import('../../emit/bpmn/emit.js');
  let written = 0;
  let ioFailed = false;
  for (const outcome of outcomes) {
    const json = outcome.result?.json;
    if (!json || hasErrors(outcome.diagnostics)) continue;
    const failure = writeInside(outDir, `${outcome.source.outputName}.bpmn`, await emitBpmn(json));
    if (failure === null) written++;
    else {
      ioFailed = true;
      const at = { line: 1, column: 1, offset: 0 };
      diagnostics.push(createDiagnostic(failure.code, outcome.source.path, { start: at, end: at }, failure.args));
    }
  }
  return { written, ioFailed };
}
