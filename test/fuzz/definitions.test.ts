// `tartip diagram` reads JSON that a person may have edited: any definition the schema accepts is drawn without a crash.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import type { ProcessDefinition } from '../../src/emit/json/model.js';
import { emitDiagrams } from '../../src/emit/mermaid/emit-diagrams.js';
import { validate } from '../../src/generated/validate-process-definition.js';

const dir = path.resolve(import.meta.dirname, '../../regulations');
const definitions = readdirSync(dir)
  .filter((f) => f.endsWith('.tartip'))
  .sort()
  .map((f) => compile(readFileSync(path.join(dir, f), 'utf8'), f).json!);

type Path = (string | number)[];

/** Every place in a value: scalars can be replaced, array elements removed. */
function places(value: unknown, at: Path = [], out: { scalars: Path[]; elements: Path[] } = { scalars: [], elements: [] }) {
  if (typeof value === 'string' || typeof value === 'number') out.scalars.push(at);
  else if (Array.isArray(value)) value.forEach((v, i) => (out.elements.push([...at, i]), places(v, [...at, i], out)));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) places(v, [...at, k], out);
  return out;
}

const PLACES = definitions.map((d) => places(d));

/** Up to five edits: a name, number or text changed (to a dangling reference, say), or an entry removed. */
const edited = fc
  .integer({ min: 0, max: definitions.length - 1 })
  .chain((i) =>
    fc.tuple(
      fc.constant(i),
      fc.array(fc.tuple(fc.boolean(), fc.nat(), fc.oneof(fc.constant('x'), fc.constant(''), fc.string({ maxLength: 8 }), fc.integer({ min: -1, max: 999 }))), { minLength: 1, maxLength: 5 }),
    ),
  )
  .map(([i, edits]) => {
    const copy = structuredClone(definitions[i]!) as unknown as Record<string, unknown>;
    for (const [remove, pick, value] of edits) {
      const list = remove ? PLACES[i]!.elements : PLACES[i]!.scalars;
      const where = list[pick % list.length]!;
      let parent: any = copy;
      for (const key of where.slice(0, -1)) parent = parent?.[key];
      const last = where.at(-1)!;
      if (parent === undefined || parent === null || !(last in parent)) continue;
      if (remove) (parent as unknown[]).splice(last as number, 1);
      else if (typeof parent[last] === typeof value) parent[last] = value;
    }
    return copy;
  });

describe('edited definitions', () => {
  it('every definition the schema accepts is drawn, the same way twice, and never crashes', () => {
    let accepted = 0;
    fc.assert(
      fc.property(edited, (definition) => {
        if (!validate(definition)) return;
        accepted++;
        const first = emitDiagrams(definition as unknown as ProcessDefinition);
        expect(emitDiagrams(structuredClone(definition) as unknown as ProcessDefinition)).toEqual(first);
      }),
      { numRuns: 300, seed: 20181114 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
});
