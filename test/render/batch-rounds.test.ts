// How a batch is cut into rounds for its pages: never splitting a regulation, small rounds when pages share the queue.
import { describe, expect, it } from 'vitest';
import { defaultPages, itemsOf, rounds } from '../../src/render/batch-rounds.js';
import type { RenderInput } from '../../src/render/batch.js';
import type { DiagramSource } from '../../src/emit/mermaid/emit-diagrams.js';

const diagram = (name: string, kind: 'legend' | 'chart'): DiagramSource => ({ name, kind, mermaid: '', legend: null }) as unknown as DiagramSource;
const act = (key: string, charts: number): RenderInput => ({
  key,
  diagrams: { title: key, date: null, diagrams: [...Array.from({ length: charts }, (_, i) => diagram(`c${i}`, 'chart')), diagram('legend', 'legend')] } as unknown as RenderInput['diagrams'],
});

describe('rounds', () => {
  const inputs = Array.from({ length: 30 }, (_, i) => act(`a${i}`, 1 + (i % 4)));
  const items = itemsOf(inputs);

  it('numbers the diagrams in drawing order, each regulation’s legends first', () => {
    expect(items.map((item) => item.order)).toEqual(items.map((_, i) => i));
    expect(items[0]!.diagram.kind).toBe('legend');
  });

  it.each([1, 2])('with %s page(s), keeps every diagram once, in order, and a regulation in one round', (pages) => {
    const cut = rounds(items, pages);
    expect(cut.flat()).toEqual(items);
    for (const round of cut) expect(cut.filter((r) => r.some((item) => item.input === round[0]!.input)).length).toBe(1);
  });

  it('gives each of two pages several rounds, and one page rounds of up to 48', () => {
    expect(rounds(items, 2).length).toBeGreaterThanOrEqual(8);
    const one = rounds(items, 1);
    // Cut at the first regulation boundary from 48 diagrams on (a regulation here has at most 5).
    for (const round of one.slice(0, -1)) expect(round.length).toBeGreaterThanOrEqual(48);
    for (const round of one) expect(round.length).toBeLessThan(48 + 5);
  });

  it('opens a second page only for a batch large enough, on two cores or more', () => {
    expect(defaultPages(11, 2)).toBe(1);
    expect(defaultPages(12, 2)).toBe(2);
    expect(defaultPages(1000, 1)).toBe(1);
  });
});
