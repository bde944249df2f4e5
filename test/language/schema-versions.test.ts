// Format versions: today's outputs are version 2; outputs of version 1 still validate against their own
// schema (schema/tartip.schema.v1.json), and `tartip diagram` asks for a recompile instead of misreading them.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { readDefinition } from '../../src/cli/read-definition.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const schema = (name: string) => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schema', name), 'utf8')));
};
const V1 = path.join(ROOT, 'test/golden/json-v1');

describe('format versions', () => {
  it('writes version 2, valid against schema/tartip.schema.json', () => {
    const validate = schema('tartip.schema.json');
    const json = compile(readFileSync(path.join(ROOT, 'regulations/2015-225-adoption-candidates-registration.tartip'), 'utf8'), 'seed.tartip').json!;
    expect(json.formatVersion).toBe(2);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('keeps version 1 outputs valid against schema/tartip.schema.v1.json, and not against version 2', () => {
    const v1 = schema('tartip.schema.v1.json');
    const v2 = schema('tartip.schema.json');
    for (const file of readdirSync(V1)) {
      const json = JSON.parse(readFileSync(path.join(V1, file), 'utf8'));
      expect(v1(json), `${file}: ${JSON.stringify(v1.errors)}`).toBe(true);
      expect(v2(json)).toBe(false);
    }
  });

  it('answers a version 1 file given to `tartip diagram` with a recompile, at its formatVersion', () => {
    const read = readDefinition(path.join(V1, '2015-225-adoption-candidates-registration.json'));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.diagnostic.code).toBe('TRT9010');
    expect(read.diagnostic.message.en).toContain('formatVersion 1');
    expect(read.diagnostic.range.start.line).toBe(3);
  });
});
