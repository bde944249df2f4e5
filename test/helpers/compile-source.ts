// Test helpers: compile inline sources and summarise diagnostics compactly.
import { compile, type CompileResult } from '../../src/compile.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

export function compileInline(source: string, file = 'inline.tartip'): CompileResult {
  return compile(source, file);
}

/** «line:column CODE» for each diagnostic, the shape most tests assert on. */
export function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code}`);
}

/** A minimal valid header, so tests can focus on one construct. */
export const HEADER = 'регламент «Сынақ»\nбекітілген: қаулы № 1, 01.01.2020\n';
