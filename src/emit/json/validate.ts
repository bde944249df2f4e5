// Validates every emitted process definition against the shipped schema (validator compiled ahead of time).
import { validate } from '../../generated/validate-process-definition.js';
import { createDiagnostic } from '../../diagnostics/create.js';
import type { Diagnostic, Range } from '../../diagnostics/types.js';
import type { ProcessDefinition } from './model.js';

/** A schema failure is Tártip's bug, reported as internal error TRT3001, never passed over. */
export function validateOutput(json: ProcessDefinition, file: string, at: Range): Diagnostic[] {
  const check = validate;
  if (check(json)) return [];
  return (check.errors ?? []).map((error) =>
    createDiagnostic('TRT3001', file, at, { path: error.instancePath || '/', detail: error.message ?? 'invalid' }),
  );
}
