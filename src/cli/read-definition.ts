// Reads a compiled process definition (`tartip compile`'s JSON) back, so `tartip diagram` can draw it without its source.
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { ProcessDefinition } from '../emit/json/model.js';
import { validate } from '../generated/validate-process-definition.js';
import { compareDiagnostics } from '../compile.js';
import { checkLimits } from '../definition/check-limits.js';
import { checkReferences } from '../definition/check-references.js';
import { locatePointer } from '../text/json-pointer.js';
import { LineMap } from '../text/line-map.js';
import { readSource } from './read-source.js';

export type DefinitionRead =
  | { ok: true; definition: ProcessDefinition; lines: LineMap }
  /** `diagnostic` is the first of `diagnostics`: every dangling reference and limit is told in one run. */
  | { ok: false; diagnostic: Diagnostic; diagnostics: Diagnostic[]; lines: LineMap | undefined };

const failsBefore = (text: string, length: number): boolean => {
  try {
    JSON.parse(text.slice(0, length));
    return false;
  } catch (error) {
    const message = String((error as Error).message);
    const position = /at position (\d+)/.exec(message);
    return position ? Number(position[1]) < length : !message.includes('end of JSON input');
  }
};

/**
 * Where JSON.parse gave up. V8 names the offset of some errors («… at position 42») but only quotes the
 * text for others («Unexpected token '}', "…" is not valid JSON»); then the offset is found by bisection:
 * a prefix fails before its end exactly when it contains the bad character.
 */
function parseFailure(error: unknown, text: string): { reason: string; offset: number } {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message.replace(/, ".*$/s, '').replace(/ in JSON at position \d+.*$/s, '');
  const position = /at position (\d+)/.exec(message);
  if (position) return { reason, offset: Number(position[1]) };
  if (message.includes('end of JSON input')) return { reason, offset: text.length };
  let lo = 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (failsBefore(text, mid)) hi = mid;
    else lo = mid + 1;
  }
  return { reason, offset: lo - 1 };
}

/**
 * The file is read like a source (strict UTF-8, within the size limit), parsed, and checked against the
 * shipped schema: a hand-edited or foreign JSON gets a diagnostic, not a diagram drawn from garbage.
 */
export function readDefinition(path: string): DefinitionRead {
  const read = readSource(path);
  if (!read.ok) return { ok: false, diagnostic: read.diagnostic, diagnostics: [read.diagnostic], lines: undefined };
  const lines = new LineMap(read.text);
  const fail = (reason: string, offset: number): DefinitionRead => {
    const diagnostic = createDiagnostic('TRT9010', path, lines.range(offset, offset + 1), { path, reason });
    return { ok: false, diagnostic, diagnostics: [diagnostic], lines };
  };
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch (error) {
    const { reason, offset } = parseFailure(error, read.text);
    return fail(reason, offset);
  }
  const head = value as { $schema?: unknown; formatVersion?: unknown } | null;
  const version = head?.formatVersion;
  const ours = typeof head?.$schema === 'string' && head.$schema.startsWith('https://tartip.kz/schema/process-definition/');
  if (ours && typeof version === 'number' && version !== 2) {
    // Older outputs stay valid against their own schema (schema/tartip.schema.v1.json); drawing needs today's.
    return fail(`formatVersion ${version} was written by another version of Tártip: compile its source again (schema/tartip.schema.v${version}.json describes it)`, Math.max(0, read.text.indexOf('"formatVersion"')));
  }
  if (!validate(value)) {
    const first = validate.errors?.[0];
    return fail(`${first?.instancePath || '/'}: ${first?.message ?? 'invalid'}`, locatePointer(read.text, first?.instancePath ?? ''));
  }
  // What the schema cannot say: references to what the definition does not declare, and the source limits.
  const definition = value as ProcessDefinition;
  const problems = [...checkReferences(definition), ...checkLimits(definition)];
  if (problems.length === 0) return { ok: true, definition, lines };
  const diagnostics = problems
    .map((p) => {
      const offset = locatePointer(read.text, p.pointer);
      return createDiagnostic(p.code, path, lines.range(offset, offset + 1), p.code === 'TRT9010' ? { path, ...p.args } : p.args);
    })
    .sort(compareDiagnostics);
  return { ok: false, diagnostic: diagnostics[0]!, diagnostics, lines };
}
