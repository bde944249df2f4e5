// Hostile JSON given to `tartip diagram`: dangling references, oversized definitions, out-of-range numbers and malformed bytes each get a diagnostic at the real place.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDefinition } from '../../src/cli/read-definition.js';
import { validate } from '../../src/generated/validate-process-definition.js';
import { locatePointer } from '../../src/text/json-pointer.js';
import { tartip, workspace } from './run.js';

type Definition = Record<string, any>;
let seed: Definition;
let dir: string;

beforeAll(() => {
  dir = workspace();
  expect(tartip(['compile', 'src', '-o', 'compiled'], dir).code).toBe(0);
  seed = JSON.parse(readFileSync(path.join(dir, 'compiled', 'act.json'), 'utf8'));
});

/** Writes a definition pretty-printed, as `tartip compile` does, and returns its path. */
function write(name: string, definition: unknown): string {
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, typeof definition === 'string' ? definition : `${JSON.stringify(definition, null, 2)}\n`);
  return file;
}

/** «line:column» of the value a pointer names in the file, counted independently of the reader. */
function lineColumn(file: string, pointer: string): string {
  const text = readFileSync(file, 'utf8');
  const offset = locatePointer(text, pointer);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

describe('references inside the JSON', () => {
  it('a chart naming a missing procedure is TRT9010 at the procedure\'s line and column, not a chart dropped in silence', () => {
    const definition = structuredClone(seed);
    definition.appendices[1].charts[0].procedure = 'жоқ-рәсім';
    const file = write('missing-procedure', definition);
    const run = tartip(['diagram', file, '-f', 'mmd', '-o', 'out', '--lang', 'en'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`missing-procedure.json:${lineColumn(file, '/appendices/1/charts/0/procedure')} - error TRT9010`);
    expect(run.stderr).toContain('/appendices/1/charts/0/procedure: there is no procedure «жоқ-рәсім» in the definition');
    expect(lineColumn(file, '/appendices/1/charts/0/procedure')).not.toBe('1:1');
  });

  it('lanes naming missing participants are each reported, in one run', () => {
    const definition = structuredClone(seed);
    definition.appendices[1].charts[1].lanes = ['алушы', 'ghost-1', 'портал', 'ghost-2'];
    definition.procedures[0].steps[1].performer = 'ghost-3';
    const read = readDefinition(write('missing-lanes', definition));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.diagnostics.map((d) => d.message.en.replace(/^.*: /, ''))).toEqual([
      'there is no participant, organisation or system «ghost-3» in the definition',
      'there is no participant, organisation or system «ghost-1» in the definition',
      'there is no participant, organisation or system «ghost-2» in the definition',
    ]);
  });

  it('a transition to a missing step is reported rather than drawn from nothing', () => {
    const definition = structuredClone(seed);
    const step = definition.procedures[1].steps[0];
    step.transitions[0].to = { kind: 'step', step: 'no-such-step' };
    const read = readDefinition(write('missing-step', definition));
    expect(read.ok ? [] : read.diagnostics.map((d) => d.message.en)).toEqual([expect.stringContaining('there is no step «no-such-step»')]);
  });
});

describe('limits and numbers', () => {
  it('a procedure of 1 000 steps is refused as a source would be (TRT1007 at step 501), at once', () => {
    const definition = structuredClone(seed);
    const procedure = definition.procedures[1];
    const empty = { action: 'x', short: null, duration: null, results: [], notes: [], standardRefs: [], appendixRefs: [], documents: [], guards: [], branches: [], consents: [], flows: [], flowGroups: [], recipients: [], systems: [] };
    const template = { ...procedure.steps[0], ...empty };
    procedure.steps = Array.from({ length: 1000 }, (_, i) => ({ ...structuredClone(template), id: `s${i}`, position: i + 1, transitions: [{ on: 'done', branch: null, to: i === 999 ? { kind: 'end' } : { kind: 'step', step: `s${i + 1}` } }] }));
    const file = write('huge', definition);
    const run = tartip(['diagram', file, '-o', 'out', '--lang', 'en'], dir, { timeout: 30_000 });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`huge.json:${lineColumn(file, '/procedures/1/steps/500')} - error TRT1007: the number of steps in procedure «${procedure.id}» exceeds the limit: 1,000 steps (at most 500 steps)`);
  });

  it('a text longer than a source may hold is refused at its place', () => {
    const definition = structuredClone(seed);
    definition.procedures[0].steps[0].action = 'ә'.repeat(20_001);
    const read = readDefinition(write('long-text', definition));
    expect(read.ok ? [] : read.diagnostics.map((d) => `${d.code} ${d.message.en}`)).toEqual(['TRT1007 text length exceeds the limit: 20,001 characters (at most 20,000 characters)']);
  });

  it.each([-1, 1e300, 100000, 1.5])('an appendix number %s fails the schema', (number) => {
    const definition = structuredClone(seed);
    definition.appendices[0].number = number;
    expect(validate(definition)).toBe(false);
    const file = write(`number-${number}`, definition);
    const read = readDefinition(file);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.diagnostic.message.en).toContain('/appendices/0/number: must be');
    expect(`${read.diagnostic.range.start.line}:${read.diagnostic.range.start.column}`).toBe(lineColumn(file, '/appendices/0/number'));
  });

  it('every regulation\'s own definition still passes the bounded schema', () => {
    expect(validate(seed)).toBe(true);
  });
});

describe('malformed JSON', () => {
  const cases: Record<string, string | Buffer> = {
    'ten thousand levels of nesting': `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    'an unclosed nesting': '['.repeat(100_000),
    'a NUL byte': '{"a":\u0000}',
    'a byte-order mark and nothing': '\ufeff',
    'invalid UTF-8': Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    'UTF-16': Buffer.from('\ufeff{}', 'utf16le'),
    'a __proto__ key': '{"__proto__": {"polluted": true}, "formatVersion": 2}',
    'a number past a double': '{"formatVersion": 1e400}',
  };
  it.each(Object.keys(cases))('%s is a diagnostic, never a crash', (name) => {
    const file = path.join(dir, 'malformed.json');
    writeFileSync(file, cases[name]!);
    const run = tartip(['diagram', file, '-f', 'mmd', '-o', 'out', '--lang', 'en'], dir);
    expect(run.stderr).not.toContain('TRT9004');
    expect(run.stderr).toMatch(/malformed\.json:\d+:\d+ - error TRT(9010|1005)/);
    expect([1, 2]).toContain(run.code);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
