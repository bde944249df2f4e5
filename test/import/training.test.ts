// Imports the printed text of every hand-encoded training act, compiles the draft, and holds its agreement with the hand encoding to a floor.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { importAct } from '../../src/import/import-act.js';
import { agreement, printedText, TRAINING, type ActSource } from './agreement.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FLOORS = resolve(ROOT, 'test/import/floors.json');
const floors: Record<string, { facts: number; steps: number; performers: number; durations: number; texts: number }> =
  JSON.parse(readFileSync(FLOORS, 'utf8')).acts;
const measured: Record<string, unknown> = {};

export function measure(name: string, source: ActSource) {
  const text = printedText(source);
  const imported = importAct(text, `${name}.txt`);
  const draft = compile(imported.draft, `${name}.draft.tartip`);
  const hand = compile(readFileSync(resolve(ROOT, `regulations/${name}.tartip`), 'utf8'), `${name}.tartip`);
  return { imported, draft, hand, text };
}

const KNOWN_GAPS: Record<string, number> = {};

const ratio = ([a, b]: [number, number]) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

describe.each(Object.entries(TRAINING))('import of %s', (name, source) => {
  const { imported, draft, hand, text } = measure(name, source);
  // An act whose draft does not compile yet would be listed in KNOWN_GAPS with its count of errors (none is).
  const gap = KNOWN_GAPS[name] ?? 0;
  it(gap ? `compiles with at most ${gap} errors (known gap)` : 'compiles with zero errors', () => {
    if (gap) return expect(draft.diagnostics.filter((d) => d.severity === 'error').length).toBeLessThanOrEqual(gap);
    expect(draft.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.range.start.line}: ${d.message.en}`)).toEqual([]);
    expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
  it('draws a chart in every appendix the hand encoding draws one in, and marks them TRT5012 for review', () => {
    // Only the appendices the input prints (the MAP spans of some acts hold the main text alone).
    const printed = new Set((draft.json?.appendices ?? []).filter((a) => !a.notPrinted).map((a) => a.kind));
    const charts = (json: typeof hand.json) => (json?.appendices ?? []).filter((a) => a.charts.length > 0).map((a) => a.kind);
    for (const kind of new Set(charts(hand.json))) if (printed.has(kind)) expect(charts(draft.json), kind).toContain(kind);
    if (charts(draft.json).length) expect(imported.diagnostics.map((d) => d.code)).toContain('TRT5012');
  });
  it.skipIf(gap > 0)('invents nothing and holds the hand encoding\'s facts at least to its floor', () => {
    const a = agreement(hand.json!, draft.json!, text);
    const figures = { facts: a.facts, steps: ratio(a.steps), performers: ratio(a.performers), durations: ratio(a.durations), texts: ratio(a.texts) };
    measured[name] = figures;
    expect(a.invented).toEqual([]);
    const floor = floors[name];
    expect(floor, 'a floor is recorded').toBeDefined();
    for (const key of Object.keys(figures) as (keyof typeof figures)[]) expect(figures[key], key).toBeGreaterThanOrEqual(floor![key]);
    if (process.env.IMPORT_FLOORS === 'write') {
      const file = JSON.parse(readFileSync(FLOORS, 'utf8'));
      file.acts[name] = figures;
      writeFileSync(FLOORS, `${JSON.stringify(file, null, 2)}\n`);
    }
  });
});
