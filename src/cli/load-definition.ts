// One act's process definition from the file named: a source compiled, or a compiled .json read back and checked.
import type { Diagnostic } from '../diagnostics/types.js';
import type { ProcessDefinition } from '../emit/json/model.js';
import type { LineMap } from '../text/line-map.js';
import { readDefinition } from './read-definition.js';
import { compileSources } from './run-files.js';
import type { SourceFile } from './sources.js';

export interface LoadedDefinition {
  /** Undefined when the file could not be read, is not a definition, or has errors. */
  definition: ProcessDefinition | undefined;
  diagnostics: Diagnostic[];
  /** For code frames. */
  lines: Map<string, LineMap>;
}

/** `tartip diff` and `tartip preview` take either version of an act: the source or `tartip compile`'s JSON. */
export function loadDefinition(source: SourceFile): LoadedDefinition {
  const lines = new Map<string, LineMap>();
  if (source.path.endsWith('.json')) {
    const read = readDefinition(source.path);
    if (read.lines) lines.set(source.path, read.lines);
    return read.ok ? { definition: read.definition, diagnostics: [], lines } : { definition: undefined, diagnostics: read.diagnostics, lines };
  }
  const [outcome] = compileSources([source], lines);
  return { definition: outcome!.result?.json, diagnostics: outcome!.diagnostics, lines };
}
