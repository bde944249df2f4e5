// Compiles the named sources one by one; a broken or unreadable file never stops the others.
import { compile, type CompileResult } from '../compile.js';
import { LineMap } from '../syntax/line-map.js';
import { readSource } from './read-source.js';
import type { SourceFile } from './sources.js';

export interface FileOutcome {
  source: SourceFile;
  result: CompileResult | undefined;
  /** Diagnostics of the file, including read failures. */
  diagnostics: CompileResult['diagnostics'];
}

export function compileSources(sources: SourceFile[], lineMaps: Map<string, LineMap>): FileOutcome[] {
  return sources.map((source) => {
    const read = readSource(source.path);
    if (!read.ok) return { source, result: undefined, diagnostics: [read.diagnostic] };
    const result = compile(read.text, source.path, `${source.outputName}.tartip`);
    lineMaps.set(source.path, new LineMap(read.text));
    return { source, result, diagnostics: result.diagnostics };
  });
}
